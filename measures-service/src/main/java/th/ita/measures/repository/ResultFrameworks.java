package th.ita.measures.repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import th.ita.measures.domain.ResultFramework;

/**
 * The framework versions results are joined to, read once: a version is stored once and never
 * changes (see {@code FrameworkConsumer}), and reading and parsing its texts for every result was
 * most of what a result cost. Only versions found are kept; one not arrived yet is asked again.
 */
@ApplicationScoped
public class ResultFrameworks {

  /** Years with results rarely number more than a few; a version not joined for long goes. */
  private static final int KEPT_VERSIONS = 16;

  private final Cache<ResultFramework.Key, ResultFramework.Texts> kept =
      Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();

  /** The version, or empty while it has not arrived on {@code ita.frameworks}. */
  public Optional<ResultFramework.Texts> find(int fiscalYear, long version) {
    return Optional.ofNullable(
        kept.get(
            new ResultFramework.Key(fiscalYear, version),
            key -> {
              ResultFramework found = ResultFramework.findById(key);
              return found == null ? null : found.texts();
            }));
  }
}
