package th.ita.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    try {
      JsonNode payload = json.tree(stored.payload);
      // Version 2's data names its framework version; a whole result does not. Asked of the data
      // too, because a replica older than V11 still running during an upgrade writes whole results
      // without clearing the column.
      if (stored.frameworkVersion == null || !payload.has("frameworkVersion")) {
        return json.convert(payload, ResultData.class);
      }
      return json.convert(
          ResultJoin.join(
              payload, frameworks.stored(stored.fiscalYear, stored.frameworkVersion).data()),
          ResultData.class);
    } catch (JsonProcessingException e) {
      // It was read the same way when its event arrived, so failing here is a bug.
      throw new UncheckedIOException("A stored result no longer reads as a result", e);
    }
  }
}
