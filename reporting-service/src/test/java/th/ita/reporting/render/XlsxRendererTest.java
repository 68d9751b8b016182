package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

  private final XlsxRenderer renderer = new XlsxRenderer();

  @Test
  void writesNumericScoresWithTwoDecimalsAndFactsOnTheFirstSheet() throws Exception {
    byte[] bytes = renderer.toBytes(SampleReport.document());
    SampleReport.save("sample.xlsx", bytes);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      Sheet measures = wb.getSheetAt(0);
      assertThat(measures.getSheetName()).isEqualTo("ตารางที่ 1 มาตรการและผลคะแนน");
      assertThat(wb.getSheetAt(1).getSheetName()).hasSizeLessThanOrEqualTo(31);
      assertThat(measures.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(SampleReport.HEADING);

      Row firstMeasure = findRow(measures, SampleReport.MEASURE_1);
      var score = firstMeasure.getCell(3);
      assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(score.getNumericCellValue()).isEqualTo(92.63);
      assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(firstMeasure.getHeightInPoints())
          .isEqualTo(XlsxRenderer.LINE_PT + 3); // one line and its padding

      Row header = measures.getRow(firstMeasure.getRowNum() - 1);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("มาตรการ");
      assertThat(wb.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(measures.getPaneInformation().isFreezePane()).isTrue();
      assertThat(measures.getPaneInformation().getHorizontalSplitPosition())
          .isEqualTo((short) (header.getRowNum() + 1));
      assertThat(measures.getColumnWidth(1)).isGreaterThan(measures.getColumnWidth(0));
      assertThat(findRow(measures, "คะแนนรวม").getCell(1).getStringCellValue())
          .isEqualTo("82.06 (ต้องปรับปรุง)");

      Row chartRow = findRow(wb.getSheetAt(1), "การเปิดเผยข้อมูล");
      assertThat(chartRow.getCell(1).getNumericCellValue()).isEqualTo(100.0);
    }
  }

  @Test
  void streamsTheNationalSizedTable() throws Exception {
    List<Column> columns = new ArrayList<>(List.of(Column.text("หน่วยงาน")));
    for (int c = 1; c <= 30; c++) {
      columns.add(Column.number("ตัวชี้วัด " + c));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < 8_400; r++) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text("หน่วยงานที่ " + r)));
      for (int c = 1; c <= 30; c++) {
        row.add(Cell.num(BigDecimal.valueOf(r % 10_000 + c, 2)));
      }
      rows.add(row);
    }
    ReportDocument doc =
        ReportDocument.thai(
            "ผลการประเมินระดับประเทศ",
            null,
            List.of(new Block.Table("ผลรายหน่วยงาน", columns, rows)));

    byte[] bytes = renderer.toBytes(doc);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      // Every agency, one row each, up to the sheet's last row.
      assertThat(sheet.getLastRowNum())
          .isEqualTo(findRow(sheet, "หน่วยงานที่ 0").getRowNum() + 8_399);
      Row last = sheet.getRow(sheet.getLastRowNum());
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("หน่วยงานที่ 8399");
      assertThat(last.getCell(30).getNumericCellValue()).isEqualTo(84.29);
    }
  }

  private static Row findRow(Sheet sheet, String firstText) {
    for (Row row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstText)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row with " + firstText);
  }
}
