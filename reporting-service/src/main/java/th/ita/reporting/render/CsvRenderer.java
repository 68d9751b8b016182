package th.ita.reporting.render;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One table as CSV (RFC 4180: comma, CRLF, double quotes where needed), UTF-8 with a byte order
 * mark, without which Excel on Thai Windows reads the file as TIS-620 and garbles it. By default
 * the document's first table; callers with several pick one with {@link #render(Block.Table,
 * OutputStream)}.
 *
 * <p>Numbers are written exactly as given (92.63, never 92.63000000000001). Text that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR at the start) gets a leading
 * apostrophe: measure titles are typed by agency staff and CSVs are opened in Excel.
 */
public final class CsvRenderer implements DocumentRenderer {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final ObjectWriter WRITER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator("\r\n").withoutHeader());

    @Override
    public Format format() {
        return Format.CSV;
    }

    /** The document's first table. */
    @Override
    public void render(ReportDocument doc, OutputStream out) throws IOException {
        List<Block.Table> tables = doc.tables();
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("document '" + doc.title() + "' has no table to write as CSV");
        }
        render(tables.get(0), out);
    }

    public void render(Block.Table table, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        try (SequenceWriter rows = WRITER.writeValues(out)) {
            rows.write(table.columns().stream().map(c -> neutralise(c.header())).toArray(String[]::new));
            for (List<Cell> cells : table.rows()) {
                rows.write(cells.stream().map(CsvRenderer::value).toArray(String[]::new));
            }
        }
        out.flush();
    }

    private static String value(Cell cell) {
        return cell instanceof Cell.Num n ? n.display() : neutralise(cell.display());
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
