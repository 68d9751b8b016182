package th.ita.reporting.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTML through Qute, as well-formed XHTML: the PDF is laid out from this very markup by Flying
 * Saucer, which parses XML. The page is self-contained (inline CSS, inline SVG charts) except for
 * the Sarabun web font, which browsers load from {@code fontBaseUrl}.
 *
 * <p>The renderer builds its own Qute {@link Engine} instead of injecting Quarkus' one, so it works
 * in plain unit tests and outside CDI alike. Templates use reflection to read the model's records;
 * {@link RegisterForReflection} keeps that working in a native image.
 */
@RegisterForReflection(
    targets = {
      ReportDocument.class,
      Block.Heading.class,
      Block.Paragraph.class,
      Block.Table.class,
      Block.KeyValues.class,
      Block.KeyValues.Entry.class,
      Block.SignOff.class,
      Block.Figures.class,
      Block.Figures.Figure.class,
      Column.class,
      Column.Align.class,
      Cell.Text.class,
      Cell.Num.class,
      ChartLayout.class,
      ChartLayout.Rect.class,
      ChartLayout.Line.class,
      ChartLayout.Label.class,
      ChartLayout.Anchor.class
    })
public final class HtmlRenderer implements DocumentRenderer {

  /**
   * Where browsers fetch Sarabun-Regular.ttf and Sarabun-Bold.ttf. The fonts live in the classpath
   * folder {@code fonts/}; whoever exposes HTML reports serves that folder here.
   */
  public static final String DEFAULT_FONT_BASE_URL = "/fonts/";

  private static final String CSS = ClasspathTemplates.read(ClasspathTemplates.ROOT + "report.css");

  private final Engine engine;
  private final Template document;
  private final Template heading;
  private final Template paragraph;
  private final Template table;
  private final Template keyValues;
  private final Template chart;
  private final Template signOff;
  private final Template figures;
  private final String fontBaseUrl;

  public HtmlRenderer() {
    this(DEFAULT_FONT_BASE_URL);
  }

  /**
   * @param fontBaseUrl base URL of the Sarabun TTFs, ending in "/"; null for no web font
   */
  public HtmlRenderer(String fontBaseUrl) {
    if (fontBaseUrl != null && !fontBaseUrl.matches("[A-Za-z0-9:/._~%+-]*")) {
      // It is written into a CSS url('…') inside XHTML: keep quotes and markup out.
      throw new IllegalArgumentException("unsafe font base URL: " + fontBaseUrl);
    }
    this.fontBaseUrl = fontBaseUrl;
    this.engine =
        Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(new ClasspathTemplates())
            .removeStandaloneLines(true)
            .strictRendering(true)
            .build();
    this.document = template("document");
    this.heading = template("heading");
    this.paragraph = template("paragraph");
    this.table = template("table");
    this.keyValues = template("keyvalues");
    this.chart = template("chart");
    this.signOff = template("signoff");
    this.figures = template("figures");
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  public String render(ReportDocument doc, boolean webFonts) {
    List<RawString> blocks = new ArrayList<>();
    int chartIndex = 0;
    Block previous = null;
    for (Block block : doc.blocks()) {
      blocks.add(new RawString(block(block, previous, chartIndex)));
      previous = block;
      if (block instanceof Block.BarChart) {
        chartIndex++;
      }
    }
    return document
        .data("lang", doc.lang())
        .data("title", doc.title())
        .data("subtitle", doc.subtitle())
        .data(
            "fontFaces",
            new RawString(webFonts && fontBaseUrl != null ? fontFaces(fontBaseUrl) : ""))
        .data("css", new RawString(CSS))
        .data("blocks", blocks)
        .render();
  }

  /** The browser version: with the @font-face rules. */
  public String render(ReportDocument doc) {
    return render(doc, true);
  }

  @Override
  public void render(ReportDocument doc, OutputStream out) throws IOException {
    out.write(render(doc).getBytes(StandardCharsets.UTF_8));
  }

  /** A table of eight or more columns (seed 002's measures with their quarter timeline). */
  static boolean isWide(Block.Table t) {
    return t.columns().size() > 7;
  }

  private String block(Block block, Block previous, int chartIndex) {
    if (block instanceof Block.Heading h) {
      // The document title is the only h1; section levels start at h2.
      return heading.data("level", h.level() + 1).data("text", h.text()).render();
    } else if (block instanceof Block.Paragraph p) {
      return paragraph.data("paragraph", p).render();
    } else if (block instanceof Block.Table t) {
      return table
          .data("table", t)
          .data("caption", t.caption() == null || t.captionRepeats(previous) ? "" : t.caption())
          .data("wide", isWide(t))
          .data("widths", percentages(ColumnWidths.shares(t)))
          .render();
    } else if (block instanceof Block.KeyValues kv) {
      return keyValues.data("facts", kv).render();
    } else if (block instanceof Block.SignOff so) {
      return signOff.data("signOff", so).render();
    } else if (block instanceof Block.Figures f) {
      return figures.data("figures", f).render();
    } else if (block instanceof Block.BarChart c) {
      return chart.data("chart", ChartLayout.of(c)).data("index", chartIndex).render();
    }
    throw new IllegalArgumentException("unknown block " + block);
  }

  /** Column widths as CSS percentages; without them Flying Saucer starves short text columns. */
  private static List<String> percentages(double[] shares) {
    List<String> widths = new ArrayList<>();
    for (double share : shares) {
      widths.add(String.format(Locale.ROOT, "%.1f", share * 100));
    }
    return widths;
  }

  private Template template(String id) {
    Template t = engine.getTemplate(id);
    if (t == null) {
      throw new IllegalStateException("missing template " + ClasspathTemplates.ROOT + id + ".html");
    }
    return t;
  }

  /** local() first: a machine with Sarabun installed needs no download. */
  private static String fontFaces(String base) {
    return face(base, "Sarabun-Regular.ttf", "normal", "local('Sarabun'), local('Sarabun-Regular')")
        + face(base, "Sarabun-Bold.ttf", "bold", "local('Sarabun Bold'), local('Sarabun-Bold')");
  }

  private static String face(String base, String file, String weight, String local) {
    return "@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: "
        + weight
        + "; font-display: swap; src: "
        + local
        + ", url('"
        + base
        + file
        + "') format('truetype'); }\n";
  }
}
