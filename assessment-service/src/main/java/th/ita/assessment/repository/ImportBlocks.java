package th.ita.assessment.repository;

import java.io.IOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import th.ita.assessment.domain.ImportRow;

/**
 * How staged rows are stored in {@code import_block}: consecutive rows with the same agency columns
 * make one block, written as one line of COPY's text format with the rows' own columns as arrays.
 */
final class ImportBlocks {

  static final String COPY =
      "COPY import_block (job_id, first_line, agency_code, agency_name_th, agency_name_en,"
          + " agency_type, ministry_code, ministry_name_th, ministry_name_en, lines, round,"
          + " question, part, score) FROM STDIN";

  /** What {@link #rowsOf} reads, in its order. */
  static final String COLUMNS =
      "agency_code, agency_name_th, agency_name_en, agency_type, ministry_code, ministry_name_th,"
          + " ministry_name_en, lines, round, question, part, score";

  /**
   * The most lines a block holds: a block is built in memory, and one agency's lines past this
   * (there may be up to {@code ita.imports.max-rows-per-agency}, or far more in a faulty file) go
   * on in another block.
   */
  static final int MAX_LINES_PER_BLOCK = 1000;

  private ImportBlocks() {}

  /** Whether a row may join a block being built: it has room, and the row is of its agency. */
  static boolean joins(List<ImportRow> block, ImportRow row) {
    return block.size() < MAX_LINES_PER_BLOCK && sameBlock(block.get(0), row);
  }

  /** Whether a row may join the block that {@code first} began: the same agency, named alike. */
  private static boolean sameBlock(ImportRow first, ImportRow row) {
    return Objects.equals(first.agencyCode(), row.agencyCode())
        && Objects.equals(first.agencyNameTh(), row.agencyNameTh())
        && Objects.equals(first.agencyNameEn(), row.agencyNameEn())
        && Objects.equals(first.agencyType(), row.agencyType())
        && Objects.equals(first.ministryCode(), row.ministryCode())
        && Objects.equals(first.ministryNameTh(), row.ministryNameTh())
        && Objects.equals(first.ministryNameEn(), row.ministryNameEn());
  }

  /** Writes a block of rows, built by {@link #joins}, as one line for COPY. */
  static void writeCopyLine(Writer out, UUID job, List<ImportRow> block) throws IOException {
    ImportRow first = block.get(0);
    out.write(job.toString());
    field(out, String.valueOf(first.line()));
    // A row without an agency code is still staged, so that its line is reported.
    field(out, first.agencyCode() == null ? "" : first.agencyCode());
    field(out, first.agencyNameTh());
    field(out, first.agencyNameEn());
    field(out, first.agencyType());
    field(out, first.ministryCode());
    field(out, first.ministryNameTh());
    field(out, first.ministryNameEn());
    field(out, arrayLiteral(block, row -> String.valueOf(row.line())));
    field(out, arrayLiteral(block, ImportRow::round));
    field(out, arrayLiteral(block, ImportRow::question));
    field(out, arrayLiteral(block, ImportRow::part));
    field(out, arrayLiteral(block, ImportRow::score));
    out.write('\n');
  }

  /** The rows of the block at the result set's current row ({@link #COLUMNS}), in file order. */
  static void rowsOf(ResultSet rs, Consumer<ImportRow> sink) throws SQLException {
    String code = rs.getString(1);
    String nameTh = rs.getString(2);
    String nameEn = rs.getString(3);
    String type = rs.getString(4);
    String ministryCode = rs.getString(5);
    String ministryNameTh = rs.getString(6);
    String ministryNameEn = rs.getString(7);
    Integer[] lines = (Integer[]) array(rs.getArray(8));
    String[] rounds = (String[]) array(rs.getArray(9));
    String[] questions = (String[]) array(rs.getArray(10));
    String[] parts = (String[]) array(rs.getArray(11));
    String[] scores = (String[]) array(rs.getArray(12));
    for (int i = 0; i < lines.length; i++) {
      sink.accept(
          new ImportRow(
              lines[i],
              code,
              nameTh,
              nameEn,
              type,
              ministryCode,
              ministryNameTh,
              ministryNameEn,
              rounds[i],
              questions[i],
              parts[i],
              scores[i]));
    }
  }

  private static Object array(Array array) throws SQLException {
    try {
      return array.getArray();
    } finally {
      array.free();
    }
  }

  /**
   * An array in PostgreSQL's input syntax: every element quoted (so that commas, braces, spaces and
   * the word NULL stay text), a null element as NULL.
   */
  static String arrayLiteral(List<ImportRow> block, Function<ImportRow, String> column) {
    StringBuilder literal = new StringBuilder(block.size() * 8).append('{');
    for (int i = 0; i < block.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      String value = column.apply(block.get(i));
      if (value == null) {
        literal.append("NULL");
        continue;
      }
      literal.append('"');
      for (int c = 0; c < value.length(); c++) {
        char ch = value.charAt(c);
        if (ch == '"' || ch == '\\') {
          literal.append('\\');
        }
        literal.append(ch);
      }
      literal.append('"');
    }
    return literal.append('}').toString();
  }

  private static void field(Writer out, String value) throws IOException {
    out.write('\t');
    copyField(out, value);
  }

  /** One field in COPY's text format (fields are tab-separated): \N for null, backslash escapes. */
  static void copyField(Writer out, String value) throws IOException {
    if (value == null) {
      out.write("\\N");
      return;
    }
    // Runs without a special character are written whole: a national file has millions of
    // fields, and a write per character was a third of what staging it cost.
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      String escaped =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escaped != null) {
        out.write(value, run, i - run);
        out.write(escaped);
        run = i + 1;
      }
    }
    out.write(value, run, value.length() - run);
  }
}
