package th.ita.assessment.mapping;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import th.ita.assessment.domain.ImportJob.FileFormat;
import th.ita.assessment.domain.ImportRow;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.text.XmlText;

/**
 * Reads an import file, CSV or the first sheet of an XLSX workbook, into rows. Only the file as a
 * whole is judged here (readable, known headers, the required columns, not too long); the rows
 * themselves are checked per agency when they are loaded.
 *
 * <p>No value of any column is longer than {@link #MAX_FIELD_CHARS} (codes, scores and agency
 * names), and none may hold a character that no document can show (see {@link XmlText}); a file
 * breaking either is refused whole, naming the line.
 */
public final class ImportFileReader {

  static final int MAX_FIELD_CHARS = 1000;

  private final int maxRows;

  public ImportFileReader(int maxRows) {
    this.maxRows = maxRows;
  }

  /** Streams the rows to {@code sink} and answers how many there were. */
  public int read(Path file, FileFormat format, Consumer<ImportRow> sink) throws IOException {
    return format == FileFormat.CSV ? readCsv(file, sink) : readXlsx(file, sink);
  }

  private int readCsv(Path file, Consumer<ImportRow> sink) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader =
            new BoundedFieldReader(
                withoutBom(
                    new BufferedReader(
                        new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)),
                MAX_FIELD_CHARS);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
      Map<ImportColumn, Integer> columns = null;
      int rows = 0;
      for (CSVRecord record : parser) {
        List<String> values = record.toList();
        if (columns == null) {
          columns = header(values);
          continue;
        }
        // The line a spreadsheet shows for this record: the header is line 1.
        int line = (int) record.getRecordNumber();
        rows = count(rows);
        sink.accept(row(line, columns, values));
      }
      requireHeader(columns);
      return rows;
    } catch (CharacterCodingException e) {
      throw invalidFile("the CSV file is not UTF-8 text; save it as \"CSV UTF-8\"");
    } catch (BoundedFieldReader.FieldTooLongException e) {
      throw fieldTooLong(e.line);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof BoundedFieldReader.FieldTooLongException tooLong) {
        throw fieldTooLong(tooLong.line);
      }
      if (e.getCause() instanceof CharacterCodingException) {
        throw invalidFile("the CSV file is not UTF-8 text; save it as \"CSV UTF-8\"");
      }
      throw invalidFile("the CSV file cannot be read: " + e.getCause().getMessage());
    } catch (IllegalStateException e) {
      // Commons CSV reports a malformed record (e.g. an unclosed quote) this way.
      throw invalidFile("the CSV file is malformed: " + e.getMessage());
    }
  }

  private int readXlsx(Path file, Consumer<ImportRow> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook =
            StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 16).open(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<ImportColumn, Integer> columns = null;
      int rows = 0;
      for (Row row : sheet) {
        List<String> values = cells(row);
        if (values.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (columns == null) {
          columns = header(values);
          continue;
        }
        rows = count(rows);
        sink.accept(row(row.getRowNum() + 1, columns, values));
      }
      requireHeader(columns);
      return rows;
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw invalidFile("the file is not a readable XLSX workbook: " + e.getMessage());
    }
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      values.add(text(row.getCell(i)));
    }
    return values;
  }

  /** A numeric cell keeps its full value: a display format of "0.0" must not round 92.63. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  private int count(int rows) {
    if (rows >= maxRows) {
      throw invalidFile(
          "the file has more than " + maxRows + " rows; split it into several imports");
    }
    return rows + 1;
  }

  private static Map<ImportColumn, Integer> header(List<String> values) {
    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String name = values.get(i);
      if (name == null || name.isBlank()) {
        continue;
      }
      var column = ImportColumn.ofHeader(name);
      if (column.isEmpty()) {
        errors.add(
            new FieldError(
                "header",
                "unknown column '"
                    + name.strip()
                    + "'; the columns are "
                    + Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList(),
                name.strip()));
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        errors.add(
            new FieldError(
                "header", "column '" + column.get().header() + "' appears twice", name.strip()));
      }
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        errors.add(
            new FieldError("header", "the required column '" + column.header() + "' is missing"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return columns;
  }

  private static void requireHeader(Map<ImportColumn, Integer> columns) {
    if (columns == null) {
      throw invalidFile(
          "the file is empty; the first line must name the columns (download a template)");
    }
  }

  private static ImportRow row(int line, Map<ImportColumn, Integer> columns, List<String> values) {
    for (String value : values) {
      if (value != null && value.length() > MAX_FIELD_CHARS) {
        throw fieldTooLong(line);
      }
      int at = value == null ? -1 : XmlText.firstForbidden(value);
      if (at >= 0) {
        throw invalidFile(
            "line "
                + line
                + " holds a control character ("
                + XmlText.describe(value, at)
                + " of its value '"
                + XmlText.clean(value)
                + "'); remove it and upload the file again");
      }
    }
    return new ImportRow(
        line,
        value(columns, values, ImportColumn.AGENCY_CODE),
        value(columns, values, ImportColumn.AGENCY_NAME_TH),
        value(columns, values, ImportColumn.AGENCY_NAME_EN),
        value(columns, values, ImportColumn.AGENCY_TYPE),
        value(columns, values, ImportColumn.MINISTRY_CODE),
        value(columns, values, ImportColumn.MINISTRY_NAME_TH),
        value(columns, values, ImportColumn.MINISTRY_NAME_EN),
        value(columns, values, ImportColumn.ROUND),
        value(columns, values, ImportColumn.QUESTION),
        value(columns, values, ImportColumn.PART),
        value(columns, values, ImportColumn.SCORE));
  }

  private static String value(
      Map<ImportColumn, Integer> columns, List<String> values, ImportColumn column) {
    Integer index = columns.get(column);
    if (index == null || index >= values.size()) {
      return null;
    }
    String value = values.get(index);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static InvalidInputException fieldTooLong(int line) {
    return invalidFile(
        "a value on line "
            + line
            + " is longer than "
            + MAX_FIELD_CHARS
            + " characters, longer than any import column takes");
  }

  private static InvalidInputException invalidFile(String message) {
    return new InvalidInputException(List.of(new FieldError("file", message)));
  }
}
