package th.ita.reporting.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * DOCX with Apache POI, for agencies that edit the document before publishing it: A4 (POI's default
 * is US Letter), Sarabun and th-TH on every run ({@link DocxStyles}), real heading styles
 * (navigation pane, table of contents), tables whose header row repeats on each page, and charts as
 * PNG pictures drawn from the same layout as the PDF.
 */
public final class DocxRenderer implements DocumentRenderer {

  /** A4 in twentieths of a point, and 2 cm margins like the PDF. */
  static final int A4_WIDTH = 11906;

  static final int A4_HEIGHT = 16838;
  static final int MARGIN = 1134;
  static final int CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;

  /** A figure's width, 4 cm, in points; four fit across the page's 17 cm. */
  static final double FIGURE_WIDTH_PT = 113.4;

  static final int FIGURES_PER_ROW = 4;

  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public void render(ReportDocument doc, OutputStream out) throws IOException {
    try (XWPFDocument docx = new XWPFDocument()) {
      new Writer(docx, doc).write();
      docx.write(out);
    }
  }

  /** One render's state; POI documents are not thread-safe, so nothing here is shared. */
  private static final class Writer {
    private final XWPFDocument docx;
    private final ReportDocument doc;
    private final String lang;
    private int chartCount;
    private int figureCount;

    Writer(XWPFDocument docx, ReportDocument doc) {
      this.docx = docx;
      this.doc = doc;
      this.lang = doc.lang();
    }

    void write() throws IOException {
      DocxStyles.install(docx, lang);
      pageSetup();
      docx.getProperties().getCoreProperties().setTitle(doc.title());
      text("Title", doc.title(), 18, true);
      if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
        text("Subtitle", doc.subtitle(), 13, false);
      }
      Block previous = null;
      for (Block block : doc.blocks()) {
        block(block, previous);
        previous = block;
      }
    }

    private void block(Block block, Block previous) throws IOException {
      if (block instanceof Block.Heading h) {
        double[] sizes = {15, 13.5, 12.5, 12};
        text("Heading" + h.level(), h.text(), sizes[h.level() - 1], true);
      } else if (block instanceof Block.Paragraph p) {
        paragraph(p);
      } else if (block instanceof Block.Table t) {
        table(t, t.captionRepeats(previous));
      } else if (block instanceof Block.KeyValues kv) {
        keyValues(kv);
      } else if (block instanceof Block.SignOff so) {
        signOff(so);
      } else if (block instanceof Block.BarChart c) {
        chart(c);
      } else if (block instanceof Block.Figures f) {
        figures(f);
      }
    }

    /**
     * The pictures four to a row of a borderless table, about 4 cm wide each with its caption under
     * it, as in the PDF.
     */
    private void figures(Block.Figures block) throws IOException {
      if (block.caption() != null && !block.caption().isBlank()) {
        text("Caption", block.caption(), DocxStyles.TABLE_PT, true);
      }
      List<Block.Figures.Figure> figures = block.figures();
      int rows = (figures.size() + FIGURES_PER_ROW - 1) / FIGURES_PER_ROW;
      XWPFTable t = docx.createTable(rows, FIGURES_PER_ROW);
      t.removeBorders();
      t.setWidth("100%");
      for (int i = 0; i < figures.size(); i++) {
        Block.Figures.Figure figure = figures.get(i);
        XWPFTableCell cell = t.getRow(i / FIGURES_PER_ROW).getCell(i % FIGURES_PER_ROW);
        XWPFParagraph picture = cell.getParagraphs().get(0);
        picture.setSpacingAfter(0);
        XWPFRun run = picture.createRun();
        double heightPt = FIGURE_WIDTH_PT * aspect(figure);
        try {
          run.addPicture(
              new ByteArrayInputStream(figure.bytes()),
              "image/png".equals(figure.mediaType()) ? PictureType.PNG : PictureType.JPEG,
              "figure"
                  + (++figureCount)
                  + ("image/png".equals(figure.mediaType()) ? ".png" : ".jpg"),
              Units.toEMU(FIGURE_WIDTH_PT),
              Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
          throw new IOException("cannot embed a figure", e);
        }
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(figure.caption());
        XWPFParagraph caption = cell.addParagraph();
        XWPFRun text = caption.createRun();
        text.setText(figure.caption());
        DocxStyles.run(text, lang, DocxStyles.TABLE_PT - 1, false);
      }
      docx.createParagraph().setSpacingAfter(0);
    }

    /**
     * Height over width of the picture, from its header alone (no pixel is decoded); a square when
     * the header cannot be read.
     */
    private static double aspect(Block.Figures.Figure figure) throws IOException {
      try (ImageInputStream in =
          ImageIO.createImageInputStream(new ByteArrayInputStream(figure.bytes()))) {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
          return 1.0;
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          return (double) reader.getHeight(0) / reader.getWidth(0);
        } finally {
          reader.dispose();
        }
      }
    }

    /** Centred lines in the right half of the page, as in the PDF. */
    private void signOff(Block.SignOff signOff) {
      docx.createParagraph();
      for (String line : signOff.lines()) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationLeft(CONTENT_WIDTH / 2);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(line);
        DocxStyles.run(run, lang, DocxStyles.BODY_PT, false);
      }
    }

    private void pageSetup() {
      CTSectPr sect =
          docx.getDocument().getBody().isSetSectPr()
              ? docx.getDocument().getBody().getSectPr()
              : docx.getDocument().getBody().addNewSectPr();
      CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
      size.setW(BigInteger.valueOf(A4_WIDTH));
      size.setH(BigInteger.valueOf(A4_HEIGHT));
      size.setOrient(STPageOrientation.PORTRAIT);
      CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
      BigInteger m = BigInteger.valueOf(MARGIN);
      margins.setTop(m);
      margins.setBottom(m);
      margins.setLeft(m);
      margins.setRight(m);
      margins.setHeader(BigInteger.valueOf(567));
      margins.setFooter(BigInteger.valueOf(567));
      // Page number, centred in the footer, as in the PDF.
      XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
      XWPFParagraph p = footer.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private XWPFParagraph text(String style, String text, double sizePt, boolean bold) {
      XWPFParagraph p = docx.createParagraph();
      p.setStyle(style);
      XWPFRun run = p.createRun();
      run.setText(text);
      DocxStyles.run(run, lang, sizePt, bold);
      return p;
    }

    private void paragraph(Block.Paragraph paragraph) {
      XWPFParagraph p = docx.createParagraph();
      XWPFRun run = p.createRun();
      lines(run, paragraph.lines());
      DocxStyles.run(run, lang, DocxStyles.BODY_PT, false);
    }

    /**
     * Each line its own text, with a line break between: Word shows a line feed inside a text as a
     * space, so a cell's numbered steps ran together.
     */
    private static void lines(XWPFRun run, List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines.get(i), i);
      }
    }

    private void keyValues(Block.KeyValues kv) {
      for (Block.KeyValues.Entry e : kv.entries()) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingAfter(0);
        XWPFRun label = p.createRun();
        label.setText(e.label());
        label.addTab();
        DocxStyles.run(label, lang, DocxStyles.BODY_PT, true);
        XWPFRun value = p.createRun();
        value.setText(e.value());
        DocxStyles.run(value, lang, DocxStyles.BODY_PT, false);
        // One tab stop so the values line up like the HTML's two columns.
        p.getCTP().getPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(2268));
        p.getCTP().getPPr().getTabs().getTabArray(0).setVal(STTabJc.LEFT);
      }
      docx.createParagraph().setSpacingAfter(0);
    }

    private void table(Block.Table table, boolean captionRepeats) {
      if (!captionRepeats && table.caption() != null && !table.caption().isBlank()) {
        text("Caption", table.caption(), DocxStyles.TABLE_PT, true);
      }
      int cols = table.columns().size();
      XWPFTable t = docx.createTable(table.rows().size() + 1, cols);
      t.setWidth("100%");
      // Room above and below each cell's text for Thai marks; twips.
      t.setCellMargins(40, 100, 40, 100);
      int[] widths = twips(ColumnWidths.shares(table));
      // Column widths go in the grid (Word) and on each cell (LibreOffice); POI writes no grid.
      CTTblGrid grid =
          t.getCTTbl().getTblGrid() != null
              ? t.getCTTbl().getTblGrid()
              : t.getCTTbl().addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int c = 0; c < cols; c++) {
        grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
      }
      XWPFTableRow header = t.getRow(0);
      header.setRepeatHeader(true);
      header.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        Column column = table.columns().get(c);
        XWPFTableCell cell = header.getCell(c);
        cell.setColor("D9E2F3");
        cell.setWidth(String.valueOf(widths[c]));
        fill(cell, column.header(), column.align(), true);
      }
      for (int r = 0; r < table.rows().size(); r++) {
        XWPFTableRow row = t.getRow(r + 1);
        row.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
          Cell value = table.rows().get(r).get(c);
          XWPFTableCell cell = row.getCell(c);
          cell.setWidth(String.valueOf(widths[c]));
          fill(cell, value.display(), table.columns().get(c).align(), value.emphasis());
        }
      }
      docx.createParagraph();
    }

    private void fill(XWPFTableCell cell, String text, Column.Align align, boolean bold) {
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setSpacingAfter(0);
      p.setAlignment(
          switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
          });
      XWPFRun run = p.createRun();
      lines(run, List.of(text.split("\n", -1)));
      DocxStyles.run(run, lang, DocxStyles.TABLE_PT, bold);
    }

    private void chart(Block.BarChart chart) throws IOException {
      ChartLayout layout = ChartLayout.of(chart);
      byte[] png = ChartImagePainter.png(layout, 3);
      double widthPt = CONTENT_WIDTH / 20.0;
      double heightPt = widthPt * layout.height() / layout.width();
      XWPFParagraph p = docx.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = p.createRun();
      try {
        run.addPicture(
            new ByteArrayInputStream(png),
            PictureType.PNG,
            "chart" + (++chartCount) + ".png",
            Units.toEMU(widthPt),
            Units.toEMU(heightPt));
      } catch (InvalidFormatException e) {
        throw new IOException("cannot embed chart", e);
      }
      // Alternative text for screen readers: the chart's title.
      String title = chart.title() == null ? "" : chart.title();
      run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(title);
    }

    private static int[] twips(double[] shares) {
      int[] widths = new int[shares.length];
      for (int i = 0; i < shares.length; i++) {
        widths[i] = (int) Math.round(shares[i] * CONTENT_WIDTH);
      }
      return widths;
    }
  }
}
