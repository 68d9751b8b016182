package th.ita.assessment.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportRow;

/**
 * The staging rows of imports, and their errors. Rows go in with PostgreSQL's COPY, the fastest way
 * in, as blocks of an agency's consecutive lines ({@link ImportBlocks}), and come out one group of
 * agencies at a time. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class ImportRowRepository {

  private final AgroalDataSource dataSource;

  public ImportRowRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A writer that stages rows for a job; the rows are visible once the transaction commits. Rows
   * are kept until the next one cannot join their block ({@link ImportBlocks#joins}), then written
   * as one block.
   */
  public final class Stager implements Consumer<ImportRow>, AutoCloseable {
    private final UUID job;
    private final Connection connection;
    private final PGCopyOutputStream copy;
    private final Writer out;
    private final List<ImportRow> block = new ArrayList<>();

    private Stager(UUID job, Connection connection) throws SQLException {
      this.job = job;
      this.connection = connection;
      this.copy =
          new PGCopyOutputStream(connection.unwrap(PGConnection.class), ImportBlocks.COPY, 1 << 16);
      this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(ImportRow row) {
      if (!block.isEmpty() && !ImportBlocks.joins(block, row)) {
        writeBlock();
      }
      block.add(row);
    }

    private void writeBlock() {
      try {
        ImportBlocks.writeCopyLine(out, job, block);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      block.clear();
    }

    @Override
    public void close() throws IOException {
      try {
        if (!block.isEmpty()) {
          writeBlock();
        }
        out.close();
      } finally {
        release();
      }
    }

    public void abort() {
      try {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      } catch (SQLException ignored) {
        // the transaction is rolled back anyway
      } finally {
        release();
      }
    }

    /**
     * Hands the connection back; the transaction it belongs to still decides commit or rollback.
     */
    private void release() {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing more to do with it
      }
    }
  }

  public Stager stager(UUID job) {
    try {
      return new Stager(job, dataSource.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start staging import rows", e);
    }
  }

  /** Each agency still waiting in the job, with its number of rows, in code order. */
  public Map<String, Integer> pendingAgencies(UUID job) {
    Map<String, Integer> agencies = new LinkedHashMap<>();
    query(
        "SELECT agency_code, sum(cardinality(lines)) FROM import_block WHERE job_id = ?"
            + " GROUP BY agency_code ORDER BY agency_code",
        statement -> statement.setObject(1, job),
        rs -> agencies.put(rs.getString(1), rs.getInt(2)));
    return agencies;
  }

  /** The rows of agencies {@code from} to {@code to} (inclusive), by agency and line. */
  public List<ImportRow> rows(UUID job, String from, String to) {
    List<ImportRow> rows = new ArrayList<>();
    query(
        "SELECT "
            + ImportBlocks.COLUMNS
            + " FROM import_block WHERE job_id = ? AND agency_code BETWEEN ? AND ?"
            + " ORDER BY agency_code, first_line",
        statement -> {
          statement.setObject(1, job);
          statement.setString(2, from);
          statement.setString(3, to);
        },
        rs -> ImportBlocks.rowsOf(rs, rows::add));
    inLineOrder(rows);
    return rows;
  }

  /**
   * Puts each agency's rows (they come together, agency by agency) in line order. An agency's
   * blocks come in the order of their first lines, each in file order, which is line order for a
   * CSV file; a workbook may list its rows in another order. Rows already in order are not moved.
   */
  private static void inLineOrder(List<ImportRow> rows) {
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size() || !rows.get(i).agencyCode().equals(rows.get(start).agencyCode())) {
        rows.subList(start, i).sort(Comparator.comparingInt(ImportRow::line));
        start = i;
      }
    }
  }

  /** The lowest {@code limit} line numbers of one agency's rows, in order. */
  public List<Integer> lines(UUID job, String agencyCode, int limit) {
    List<Integer> lines = new ArrayList<>();
    query(
        "SELECT u.line FROM import_block b, unnest(b.lines) AS u(line)"
            + " WHERE b.job_id = ? AND b.agency_code = ? ORDER BY u.line LIMIT ?",
        statement -> {
          statement.setObject(1, job);
          statement.setString(2, agencyCode);
          statement.setInt(3, limit);
        },
        rs -> lines.add(rs.getInt(1)));
    return lines;
  }

  public void delete(UUID job, String from, String to) {
    update(
        "DELETE FROM import_block WHERE job_id = ? AND agency_code BETWEEN ? AND ?",
        statement -> {
          statement.setObject(1, job);
          statement.setString(2, from);
          statement.setString(3, to);
        });
  }

  public void deleteAll(UUID job) {
    update("DELETE FROM import_block WHERE job_id = ?", statement -> statement.setObject(1, job));
  }

  public void addErrors(UUID job, List<ImportError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO import_error (job_id, line, agency_code, field, message, value) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ImportError error : errors) {
        statement.setObject(1, job);
        statement.setObject(2, error.line());
        statement.setString(3, error.agencyCode());
        statement.setString(4, error.field());
        statement.setString(5, error.message());
        statement.setString(6, error.value());
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record import errors", e);
    }
  }

  public long errorCount(UUID job) {
    long[] count = {0};
    query(
        "SELECT count(*) FROM import_error WHERE job_id = ?",
        s -> s.setObject(1, job),
        rs -> count[0] = rs.getLong(1));
    return count[0];
  }

  public List<ImportError> errors(UUID job, int offset, int limit) {
    List<ImportError> errors = new ArrayList<>();
    query(
        "SELECT line, agency_code, field, message, value FROM import_error WHERE job_id = ? ORDER BY id OFFSET ? LIMIT ?",
        statement -> {
          statement.setObject(1, job);
          statement.setInt(2, offset);
          statement.setInt(3, limit);
        },
        rs ->
            errors.add(
                new ImportError(
                    (Integer) rs.getObject(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5))));
    return errors;
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Binder binder, RowHandler handler) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.setFetchSize(5000);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          handler.handle(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Import staging query failed: " + sql, e);
    }
  }

  private void update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Import staging update failed: " + sql, e);
    }
  }
}
