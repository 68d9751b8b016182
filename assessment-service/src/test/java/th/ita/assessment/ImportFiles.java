package th.ita.assessment;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.ita.platform.testing.TestTokens;

/**
 * Builds import files the way a user would: from the year's template, one copy of its question rows
 * per agency with the scores filled in.
 */
final class ImportFiles {

  static final String HEADER =
      "agency_code,agency_name_th,agency_name_en,agency_type,ministry_code,ministry_name_th,ministry_name_en,round,question,part,score";

  /** A question row of the template: its code and part (empty when none). */
  record TemplateRow(String question, String part) {}

  private ImportFiles() {}

  static List<TemplateRow> template(int fiscalYear) {
    String csv =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/imports/templates/{y}?format=csv", fiscalYear)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<TemplateRow> rows = new ArrayList<>();
    String[] lines = csv.replace("\uFEFF", "").split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      rows.add(new TemplateRow(cells[8], cells[9]));
    }
    return rows;
  }

  /** An agency's rows: code, Thai name, type and ministry, then question, part and score. */
  static List<List<String>> agencyRows(
      String code,
      String type,
      List<TemplateRow> template,
      BiFunction<String, String, String> score) {
    List<List<String>> rows = new ArrayList<>();
    for (TemplateRow row : template) {
      rows.add(
          new ArrayList<>(
              List.of(
                  code,
                  "หน่วยงานนำเข้า " + code,
                  "",
                  type,
                  "MOC",
                  "กระทรวงพาณิชย์",
                  "",
                  "FINAL",
                  row.question(),
                  row.part(),
                  score.apply(row.question(), row.part()))));
    }
    return rows;
  }

  /** 90.50 for rated questions, 100 for the yes/no OIT items. */
  static String typicalScore(String question, String part) {
    return question.startsWith("o") ? "100" : "90.50";
  }

  static byte[] csv(List<List<String>> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    rows.forEach(r -> csv.append(String.join(",", r)).append("\r\n"));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("data");
      var header = sheet.createRow(0);
      String[] names = HEADER.split(",");
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String value = rows.get(r).get(c);
          if (c == 10 && value.matches("[0-9.]+")) {
            row.createCell(c)
                .setCellValue(
                    Double.parseDouble(value)); // scores as numbers, as spreadsheets hold them
          } else {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
