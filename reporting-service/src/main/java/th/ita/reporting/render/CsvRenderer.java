package th.ita.reporting.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table as CSV (RFC 4180: comma, CRLF, double quotes where needed), UTF-8 with a byte order
 * mark, without which Excel on Thai Windows reads the file as TIS-620 and garbles it. By default
 * the document's first table; callers with several pick one with {@link #render(Block.Table,
 * OutputStream)}.
 *
 * <p>Numbers are written exactly as given (92.63, never 92.63000000000001). Text that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, CR at the start) gets a leading apostrophe: measure
 * titles are typed by agency staff and CSVs are opened in Excel.
 */
public final class CsvRenderer implements DocumentRenderer {

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Comma and CRLF; the quoting is {@link #quoted}'s, because commons-csv's minimal mode also
   * quotes an empty first field and values that start with a space or end with one, and the files
   * have always quoted only what RFC 4180 requires.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuote(null).setRecordSeparator("\r\n").get();

  @Override
  public Format format() {
    return Format.CSV;
  }

  /** The document's first table. */
  @Override
  public void render(ReportDocument doc, OutputStream out) throws IOException {
    List<Block.Table> tables = doc.tables();
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(
          "document '" + doc.title() + "' has no table to write as CSV");
    }
    render(tables.get(0), out);
  }

  public void render(Block.Table table, OutputStream out) throws IOException {
    out.write(UTF8_BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // Not closed: the stream is the caller's.
    CSVPrinter rows = new CSVPrinter(writer, FORMAT);
    rows.printRecord(table.columns().stream().map(c -> quoted(neutralise(c.header()))));
    for (List<Cell> cells : table.rows()) {
      rows.printRecord(cells.stream().map(CsvRenderer::value).map(CsvRenderer::quoted));
    }
    rows.flush();
    out.flush();
  }

  private static String value(Cell cell) {
    return cell instanceof Cell.Num n ? n.display() : neutralise(cell.display());
  }

  /**
   * In double quotes, each doubled, when the value holds a comma, a double quote or a line break.
   */
  static String quoted(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
