package th.ita.reporting.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * XLSX with POI's streaming workbook (SXSSF): only a window of rows stays in memory, so the
 * national sheet (8,300+ agencies × many columns) renders in bounded heap. One sheet per table,
 * then one per chart (its values, for agencies that draw their own chart); the title and the
 * key-value facts head the first sheet.
 *
 * <p>Numbers stay numeric cells (sortable, summable) with a format that shows the decimals the
 * value was given with ({@code 0.00} for scores). Excel does not auto-fit row heights for wrapped
 * text it did not lay out itself and Sarabun's stacked Thai marks need room, so every row gets an
 * explicit height; column widths are estimated from content ({@link ColumnWidths}).
 */
public final class XlsxRenderer implements DocumentRenderer {

  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  static final int ROW_WINDOW = 200;

  static final short FONT_PT = 11;

  /** One line of 11 pt Sarabun with room for marks above and below. */
  static final float LINE_PT = 17f;

  static final int MAX_LINES = 8;

  @Override
  public Format format() {
    return Format.XLSX;
  }

  @Override
  public void render(ReportDocument doc, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
    wb.setCompressTempFiles(true);
    try {
      new Writer(wb, doc).write();
      wb.write(out);
    } finally {
      wb.close(); // also deletes SXSSF's temporary files
    }
  }

  private static final class Writer {
    private final SXSSFWorkbook wb;
    private final ReportDocument doc;
    private final Styles styles;
    private final SheetNames names = new SheetNames();
    private boolean frontWritten;

    Writer(SXSSFWorkbook wb, ReportDocument doc) {
      this.wb = wb;
      this.doc = doc;
      this.styles = new Styles(wb);
    }

    void write() {
      List<Block.Table> tables = doc.tables();
      for (int i = 0; i < tables.size(); i++) {
        Block.Table t = tables.get(i);
        SXSSFSheet sheet = wb.createSheet(names.unique(t.caption(), fallbackName(i + 1)));
        table(sheet, front(sheet), t);
      }
      List<Block.BarChart> charts = doc.charts();
      for (int i = 0; i < charts.size(); i++) {
        Block.BarChart c = charts.get(i);
        SXSSFSheet sheet =
            wb.createSheet(names.unique(c.title(), fallbackName(tables.size() + i + 1)));
        table(sheet, front(sheet), chartValues(c));
      }
      List<Block.Figures> figures =
          doc.blocks().stream()
              .filter(Block.Figures.class::isInstance)
              .map(Block.Figures.class::cast)
              .toList();
      if (!figures.isEmpty()) {
        SXSSFSheet sheet =
            wb.createSheet(names.unique(doc.isThai() ? "ภาพประกอบ" : "Pictures", "P"));
        figures(sheet, front(sheet), figures);
      }
      if (wb.getNumberOfSheets() == 0) {
        front(wb.createSheet(names.unique(doc.title(), fallbackName(1))));
      }
    }

    /**
     * The pictures' captions (their file names), each under the caption of its row of pictures: a
     * workbook holds the figures' names, not the pictures.
     */
    private void figures(SXSSFSheet sheet, int firstRow, List<Block.Figures> blocks) {
      int r = firstRow;
      int widest = 10;
      for (Block.Figures block : blocks) {
        if (block.caption() != null && !block.caption().isBlank()) {
          Row caption = sheet.createRow(r++);
          caption.setHeightInPoints(LINE_PT + 2);
          text(caption, 0, block.caption(), styles.label);
        }
        for (Block.Figures.Figure figure : block.figures()) {
          Row row = sheet.createRow(r++);
          row.setHeightInPoints(LINE_PT + 2);
          text(row, 1, figure.caption(), styles.plain);
          widest = Math.max(widest, ColumnWidths.visualLength(figure.caption()));
        }
      }
      sheet.setColumnWidth(1, Math.min(ColumnWidths.MAX_CHARS, widest + 2) * 256);
    }

    private String fallbackName(int n) {
      return (doc.isThai() ? "ตาราง " : "Table ") + n;
    }

    /** Title, subtitle and facts on the first sheet only; returns the next free row. */
    private int front(SXSSFSheet sheet) {
      if (frontWritten) {
        return 0;
      }
      frontWritten = true;
      int r = 0;
      Row title = sheet.createRow(r++);
      title.setHeightInPoints(24);
      text(title, 0, doc.title(), styles.title);
      if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
        Row sub = sheet.createRow(r++);
        sub.setHeightInPoints(LINE_PT + 2);
        text(sub, 0, doc.subtitle(), styles.plain);
      }
      int labelChars = 0;
      for (Block block : doc.blocks()) {
        if (block instanceof Block.KeyValues kv) {
          for (Block.KeyValues.Entry e : kv.entries()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(LINE_PT + 2);
            text(row, 0, e.label(), styles.label);
            text(row, 1, e.value(), styles.plain);
            labelChars = Math.max(labelChars, ColumnWidths.visualLength(e.label()));
          }
        }
      }
      // The sign-off (who approved, when) belongs with the facts: a sheet has no page end.
      for (Block block : doc.blocks()) {
        if (block instanceof Block.SignOff so) {
          for (String line : so.lines()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(LINE_PT + 2);
            text(row, 1, line, styles.plain);
          }
        }
      }
      // Bold Thai runs wider than the character count suggests.
      sheet.setColumnWidth(0, Math.min(ColumnWidths.MAX_CHARS, labelChars + 4) * 256);
      return r + 1;
    }

    private void table(SXSSFSheet sheet, int firstRow, Block.Table table) {
      int r = firstRow;
      int cols = table.columns().size();
      int[] widths = ColumnWidths.chars(table);
      for (int c = 0; c < cols; c++) {
        // Never narrower than the facts above may have made column A.
        sheet.setColumnWidth(
            c, Math.max(c == 0 ? sheet.getColumnWidth(0) : 0, (widths[c] + 2) * 256));
      }
      if (table.caption() != null && !table.caption().isBlank()) {
        Row caption = sheet.createRow(r++);
        caption.setHeightInPoints(LINE_PT + 2);
        text(caption, 0, table.caption(), styles.label);
      }
      int headerRow = r;
      Row header = sheet.createRow(r++);
      int headerLines = 1;
      for (int c = 0; c < cols; c++) {
        Column column = table.columns().get(c);
        text(header, c, column.header(), styles.header(column.align()));
        headerLines = Math.max(headerLines, ColumnWidths.lines(column.header(), widths[c]));
      }
      header.setHeightInPoints(height(headerLines));
      for (List<Cell> cells : table.rows()) {
        Row row = sheet.createRow(r++);
        int lines = 1;
        for (int c = 0; c < cols; c++) {
          Cell cell = cells.get(c);
          Column.Align align = table.columns().get(c).align();
          if (cell instanceof Cell.Num n) {
            var x = row.createCell(c);
            // A double is what XLSX stores; the cell format keeps the displayed decimals.
            x.setCellValue(n.value().doubleValue());
            x.setCellStyle(styles.number(n.excelFormat(), n.emphasis()));
          } else {
            text(row, c, cell.display(), styles.text(align, cell.emphasis()));
            lines = Math.max(lines, ColumnWidths.lines(cell.display(), widths[c]));
          }
        }
        row.setHeightInPoints(height(lines));
      }
      // Header stays in view while scrolling; filters for sorting 8,000 agencies.
      sheet.createFreezePane(0, headerRow + 1);
      sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, cols - 1));
      printSetup(sheet, headerRow, widths);
    }

    /** Printed on A4, as wide as the page, the header row repeated on every page. */
    private static void printSetup(SXSSFSheet sheet, int headerRow, int[] widths) {
      int totalChars = 0;
      for (int w : widths) {
        totalChars += w + 2;
      }
      PrintSetup print = sheet.getPrintSetup();
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setLandscape(totalChars > 110);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private static float height(int lines) {
      return Math.min(lines, MAX_LINES) * LINE_PT + 3;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
      var cell = row.createCell(column);
      // Always a string cell: text starting with "=" must never become a formula.
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }

    /** A chart's values as a table: category, one column per series, and the target. */
    private static Block.Table chartValues(Block.BarChart chart) {
      List<Column> columns = new ArrayList<>();
      columns.add(Column.text(""));
      chart.series().forEach(s -> columns.add(Column.number(s.name())));
      if (chart.target() != null) {
        columns.add(Column.number(chart.target().label() == null ? "" : chart.target().label()));
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < chart.categories().size(); i++) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(chart.categories().get(i)));
        for (Block.BarChart.Series s : chart.series()) {
          row.add(s.values().get(i) == null ? Cell.empty() : Cell.num(s.values().get(i)));
        }
        if (chart.target() != null) {
          row.add(Cell.num(chart.target().value()));
        }
        rows.add(row);
      }
      return new Block.Table(chart.title(), columns, rows);
    }
  }

  /** Cell styles are workbook-wide and limited in number, so they are made once and reused. */
  private static final class Styles {
    private final SXSSFWorkbook wb;
    final CellStyle title;
    final CellStyle plain;
    final CellStyle label;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Font regular;
    private final Font bold;

    Styles(SXSSFWorkbook wb) {
      this.wb = wb;
      // The default font (index 0) is what Excel sizes columns and rows by: make it Sarabun.
      XSSFFont base = (XSSFFont) wb.getFontAt(0);
      base.setFontName(Sarabun.FAMILY);
      base.setFontHeightInPoints(FONT_PT);
      // POI marks it as the theme's "minor" font, which Excel and LibreOffice then show as
      // Calibri whatever the name says; Thai would fall back to some other face.
      base.setScheme(FontScheme.NONE);
      // Every style names its font explicitly as well: LibreOffice applies the default font to
      // Latin text only and shows Thai in the default style in its own fallback face.
      regular = font(FONT_PT, false);
      bold = font(FONT_PT, true);
      title = wb.createCellStyle();
      title.setFont(font((short) 14, true));
      plain = wb.createCellStyle();
      plain.setFont(regular);
      plain.setVerticalAlignment(VerticalAlignment.TOP);
      label = wb.createCellStyle();
      label.setFont(bold);
      label.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle header(Column.Align align) {
      return cache.computeIfAbsent(
          "h" + align,
          k -> {
            CellStyle s = bordered();
            s.setFont(bold);
            s.setWrapText(true);
            s.setAlignment(horizontal(align));
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
          });
    }

    CellStyle text(Column.Align align, boolean emphasis) {
      return cache.computeIfAbsent(
          "t" + align + emphasis,
          k -> {
            CellStyle s = bordered();
            s.setWrapText(true);
            s.setAlignment(horizontal(align));
            if (emphasis) {
              s.setFont(bold);
            }
            return s;
          });
    }

    CellStyle number(String format, boolean emphasis) {
      return cache.computeIfAbsent(
          "n" + format + emphasis,
          k -> {
            CellStyle s = bordered();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.RIGHT);
            if (emphasis) {
              s.setFont(bold);
            }
            return s;
          });
    }

    private CellStyle bordered() {
      CellStyle s = wb.createCellStyle();
      s.setFont(regular);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }

    private Font font(short points, boolean isBold) {
      Font f = wb.createFont();
      f.setFontName(Sarabun.FAMILY);
      f.setFontHeightInPoints(points);
      f.setBold(isBold);
      return f;
    }

    private static HorizontalAlignment horizontal(Column.Align align) {
      return switch (align) {
        case LEFT -> HorizontalAlignment.LEFT;
        case CENTER -> HorizontalAlignment.CENTER;
        case RIGHT -> HorizontalAlignment.RIGHT;
      };
    }
  }
}
