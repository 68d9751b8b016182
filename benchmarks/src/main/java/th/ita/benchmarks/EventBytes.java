package th.ita.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The size of the events the national load wrote, from the assessment service's outbox, where each
 * is kept after it was sent: the JSON data of each CloudEvent, as its producer wrote it and the
 * relay sends it to Kafka.
 */
final class EventBytes {

  record Size(String type, long events, long medianBytes, long maxBytes, long totalBytes) {}

  private EventBytes() {}

  static Size of(String jdbcUrl, String type) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement(
                """
                SELECT count(*),
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY octet_length(payload::text)),
                       max(octet_length(payload::text)), sum(octet_length(payload::text))
                FROM outbox_event WHERE event_type = ?""")) {
      s.setString(1, type);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Size(type, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      }
    }
  }
}
