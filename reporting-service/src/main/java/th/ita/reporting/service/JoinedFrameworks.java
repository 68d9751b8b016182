package th.ita.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import th.ita.reporting.mapping.SnapshotJson;
import th.ita.reporting.repository.ProjectionRepository;

/**
 * The framework data results are joined to, parsed once per version. A framework's data is tens of
 * KB of Thai texts: reading and parsing it for every result was most of what applying a result
 * cost, and an import publishes thousands of results of one version in a minute; documents join the
 * stored results to it again when they read them.
 *
 * <p>Which version a result arriving now is joined to is still asked of the database each time (one
 * indexed read of a number), so a version that arrived on another replica is joined at once. A
 * version's data never changes once stored, so the parsed copy is kept for as long as it is used.
 */
@ApplicationScoped
public class JoinedFrameworks {

  /** Years with results rarely number more than a few; a version not joined for long goes. */
  private static final int KEPT_VERSIONS = 16;

  /** A framework version and its data. The node is shared: it is only read. */
  public record Version(int fiscalYear, long version, JsonNode data) {}

  private record Key(int fiscalYear, long version) {}

  private final ProjectionRepository store;
  private final SnapshotJson json;
  private final Cache<Key, JsonNode> parsed =
      Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();

  public JoinedFrameworks(ProjectionRepository store, SnapshotJson json) {
    this.store = store;
    this.json = json;
  }

  /**
   * The version a result of this framework version arriving now is joined to (see {@link
   * ProjectionRepository#frameworkVersion}); empty until a version from this one on has arrived.
   */
  public Optional<Version> joinedTo(int fiscalYear, long version) {
    return store.frameworkVersion(fiscalYear, version).map(newest -> stored(fiscalYear, newest));
  }

  /** A version the read model holds, as a stored result names it. */
  public Version stored(int fiscalYear, long version) {
    return new Version(
        fiscalYear,
        version,
        parsed.get(
            new Key(fiscalYear, version),
            k -> json.read(store.framework(k.fiscalYear(), k.version()), JsonNode.class)));
  }
}
