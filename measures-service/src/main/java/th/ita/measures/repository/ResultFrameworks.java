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

  private final Cache<ResultFramework.Key, ResultFramework> kept =
      Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();

  /** The version, or empty while it has not arrived on {@code ita.frameworks}. */
  public Optional<ResultFramework> find(int fiscalYear, long version) {
    return Optional.ofNullable(
        kept.get(
            new ResultFramework.Key(fiscalYear, version),
            // A lambda, not ResultFramework::findById: that names the base class's method, which
            // Panache does not generate for the entity.
            key -> ResultFramework.findById(key)));
  }
}
