package th.ita.assessment.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition.Part;

/**
 * The import template of a fiscal year: the header and one row per question (per part for EIT
 * questions that have parts), with the agency and score columns left for the user. The XLSX has a
 * second sheet that explains each column in Thai and English.
 */
public final class ImportTemplate {

  private ImportTemplate() {}

  public static byte[] csv(Framework framework) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF'); // Excel opens UTF-8 Thai correctly only with a byte-order mark
      csv.printRecord(headers());
      for (List<String> row : rows(framework)) {
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] xlsx(Framework framework) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet data = workbook.createSheet("FY" + framework.fiscalYear());
      write(data, 0, headers(), bold);
      int r = 1;
      for (List<String> row : rows(framework)) {
        write(data, r++, row, null);
      }
      data.createFreezePane(0, 1);
      for (int c = 0; c < ImportColumn.values().length; c++) {
        data.setColumnWidth(
            c, ImportColumn.values()[c] == ImportColumn.QUESTION_TEXT ? 80 * 256 : 18 * 256);
      }
      Sheet help = workbook.createSheet("คำอธิบาย");
      write(help, 0, List.of("คอลัมน์", "ต้องมี", "คำอธิบาย", "Description"), bold);
      int h = 1;
      for (ImportColumn column : ImportColumn.values()) {
        write(
            help,
            h++,
            List.of(
                column.header(),
                column.required() ? "ต้องมี" : "",
                column.descriptionTh(),
                column.descriptionEn()),
            null);
      }
      help.setColumnWidth(0, 20 * 256);
      help.setColumnWidth(2, 60 * 256);
      help.setColumnWidth(3, 50 * 256);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> headers() {
    return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
  }

  private static List<List<String>> rows(Framework framework) {
    List<List<String>> rows = new ArrayList<>();
    for (Framework.Placement placement : framework.questions()) {
      List<Part> parts = placement.tool().parts();
      if (parts.isEmpty()) {
        rows.add(row(placement, ""));
      } else {
        parts.forEach(part -> rows.add(row(placement, part.code().name())));
      }
    }
    return rows;
  }

  private static List<String> row(Framework.Placement placement, String part) {
    List<String> row = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      row.add(
          switch (column) {
            case ROUND -> "FINAL";
            case QUESTION -> placement.code();
            case PART -> part;
            case QUESTION_TEXT ->
                placement.question().textTh() == null ? "" : placement.question().textTh();
            default -> "";
          });
    }
    return row;
  }

  private static void write(Sheet sheet, int index, List<String> values, CellStyle style) {
    Row row = sheet.createRow(index);
    row.setHeightInPoints(20); // Thai marks above and below need more than the default height
    for (int c = 0; c < values.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(values.get(c));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
