package th.ita.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import th.ita.reporting.domain.ReportResult;
import th.ita.reporting.mapping.ResultJoin;
import th.ita.reporting.mapping.SnapshotJson;

/**
 * A stored result as documents read it: whole, as version 1 announced it and as version 2 is joined
 * to the framework version stored with it ({@link ReportResult#frameworkVersion}), the one it was
 * joined to when it arrived.
 */
@ApplicationScoped
public class StoredResults {

  private final JoinedFrameworks frameworks;
  private final SnapshotJson json;

  public StoredResults(JoinedFrameworks frameworks, SnapshotJson json) {
    this.frameworks = frameworks;
    this.json = json;
  }

  public ResultData data(ReportResult stored) {
    if (stored.frameworkVersion == null) {
      return json.read(stored.payload, ResultData.class);
    }
    try {
      return json.convert(
          ResultJoin.join(
              json.tree(stored.payload),
              frameworks.stored(stored.fiscalYear, stored.frameworkVersion).data()),
          ResultData.class);
    } catch (JsonProcessingException e) {
      // It was read the same way when its event arrived, so failing here is a bug.
      throw new UncheckedIOException("A stored result no longer joins to its framework", e);
    }
  }
}
