package th.ita.reporting.render;

import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a {@link Block.BarChart} once, as a list of marks (rectangles, lines, labels) in a
 * 640-unit-wide coordinate space with y pointing down. The SVG template, the PDF painter and the
 * PNG painter only draw these marks, so the chart looks the same in every format. Text is measured
 * with Sarabun itself, which is what the PDF and PNG draw with and what the HTML loads.
 */
final class ChartLayout {

  static final double WIDTH = 640;
  static final String[] PALETTE = {"#1f4e79", "#9dc3e6", "#c55a11", "#70ad47", "#7f6000"};
  static final String TARGET_COLOUR = "#c00000";
  static final String TEXT_COLOUR = "#262626";

  private static final double PAD = 8;
  private static final double TITLE_SIZE = 15;
  private static final double LABEL_SIZE = 12;
  private static final double SMALL_SIZE = 11;
  private static final double LABEL_LINE = 16;
  private static final double LABEL_COLUMN = 0.36 * WIDTH;
  private static final double VALUE_ROOM = 46;

  /** Something to draw. {@link #kind()} lets the Qute template pick the SVG element. */
  sealed interface Mark {
    String kind();
  }

  record Rect(double x, double y, double w, double h, String fill) implements Mark {
    Rect {
      x = r(x);
      y = r(y);
      w = r(w);
      h = r(h);
    }

    public String kind() {
      return "rect";
    }
  }

  record Line(
      double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed)
      implements Mark {
    Line {
      x1 = r(x1);
      y1 = r(y1);
      x2 = r(x2);
      y2 = r(y2);
    }

    public String kind() {
      return "line";
    }
  }

  /** Text on a baseline at y; x is the start, middle or end of the text as {@link #anchor}. */
  record Label(
      double x,
      double y,
      String text,
      double size,
      boolean bold,
      Anchor anchor,
      String fill,
      double width)
      implements Mark {
    Label {
      x = r(x);
      y = r(y);
    }

    public String kind() {
      return "text";
    }

    /** Where the text starts, for painters that have no text-anchor. */
    double startX() {
      return switch (anchor) {
        case START -> x;
        case MIDDLE -> x - width / 2;
        case END -> x - width;
      };
    }
  }

  enum Anchor {
    START,
    MIDDLE,
    END;

    public String svg() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String title;
  private final double height;
  private final List<Mark> marks;

  private ChartLayout(String title, double height, List<Mark> marks) {
    this.title = title;
    this.height = r(height);
    this.marks = List.copyOf(marks);
  }

  public String title() {
    return title;
  }

  public double width() {
    return WIDTH;
  }

  public double height() {
    return height;
  }

  public List<Mark> marks() {
    return marks;
  }

  static ChartLayout of(Block.BarChart chart) {
    return new Builder(chart).build();
  }

  private static final class Builder {
    private final Block.BarChart chart;
    private final List<Mark> grid = new ArrayList<>();
    private final List<Mark> bars = new ArrayList<>();
    private final List<Mark> lines = new ArrayList<>();
    private final List<Mark> halos = new ArrayList<>();
    private final List<Mark> labels = new ArrayList<>();

    Builder(Block.BarChart chart) {
      this.chart = chart;
    }

    ChartLayout build() {
      double y = PAD;
      String title = chart.title() == null ? "" : chart.title();
      if (!title.isBlank()) {
        y += TITLE_SIZE;
        label(WIDTH / 2, y, title, TITLE_SIZE, true, Anchor.MIDDLE, TEXT_COLOUR);
        y += 10;
      }
      Block.BarChart.Target target = chart.target();
      double plotTop = y + (target != null ? SMALL_SIZE + 10 : 4);
      double x0 = LABEL_COLUMN + 10;
      double x1 = WIDTH - VALUE_ROOM;
      BigDecimal max = axisMax();
      double scale = (x1 - x0) / max.doubleValue();

      int n = chart.series().size();
      double barH = n == 1 ? 18 : Math.max(8, 30.0 / n);
      double group = n * barH + (n - 1) * 2;
      Font labelFont = Sarabun.awt(false, (float) LABEL_SIZE);
      Font valueFont = Sarabun.awt(false, (float) SMALL_SIZE);

      y = plotTop;
      for (int c = 0; c < chart.categories().size(); c++) {
        List<String> wrapped =
            ThaiText.wrap(chart.categories().get(c), labelFont, LABEL_COLUMN - PAD, 2);
        double band = Math.max(group + 14, wrapped.size() * LABEL_LINE + 10);
        double centre = y + band / 2;
        double firstBaseline = centre - (wrapped.size() - 1) * LABEL_LINE / 2 + LABEL_SIZE * 0.35;
        for (int i = 0; i < wrapped.size(); i++) {
          label(
              LABEL_COLUMN,
              firstBaseline + i * LABEL_LINE,
              wrapped.get(i),
              LABEL_SIZE,
              false,
              Anchor.END,
              TEXT_COLOUR,
              labelFont);
        }
        double barTop = centre - group / 2;
        for (int s = 0; s < n; s++) {
          BigDecimal v = chart.series().get(s).values().get(c);
          double top = barTop + s * (barH + 2);
          if (v != null) {
            double w = Math.max(0, Math.min(v.doubleValue(), max.doubleValue())) * scale;
            bars.add(new Rect(x0, top, w, barH, PALETTE[s % PALETTE.length]));
            double baseline = top + barH / 2 + SMALL_SIZE * 0.35;
            label(
                x0 + w + 4,
                baseline,
                v.toPlainString(),
                SMALL_SIZE,
                false,
                Anchor.START,
                TEXT_COLOUR,
                valueFont);
            // White ground under the value, so a target line crossing it does not strike it out.
            double textWidth = ((Label) labels.get(labels.size() - 1)).width();
            halos.add(
                new Rect(
                    x0 + w + 2, baseline - SMALL_SIZE, textWidth + 4, SMALL_SIZE * 1.3, "#ffffff"));
          }
        }
        y += band;
      }
      double plotBottom = y;

      // Axis geometry, not a figure: a fifth of the axis, which niceStep turns into 1, 2, 2.5 or 5
      // times a power of ten; the ticks it labels are exact multiples of that step.
      BigDecimal step = niceStep(max.divide(BigDecimal.valueOf(5), 6, RoundingMode.HALF_UP));
      for (BigDecimal t = BigDecimal.ZERO; t.compareTo(max) <= 0; t = t.add(step)) {
        double x = x0 + t.doubleValue() * scale;
        grid.add(new Line(x, plotTop, x, plotBottom, "#d9d9d9", 0.6, false));
        label(
            x,
            plotBottom + SMALL_SIZE + 4,
            t.stripTrailingZeros().toPlainString(),
            SMALL_SIZE,
            false,
            Anchor.MIDDLE,
            "#595959",
            valueFont);
      }
      lines.add(new Line(x0, plotTop, x0, plotBottom, "#595959", 1, false));
      lines.add(new Line(x0, plotBottom, x1, plotBottom, "#595959", 1, false));
      y = plotBottom + SMALL_SIZE + 8;

      if (target != null) {
        double x = x0 + Math.min(target.value().doubleValue(), max.doubleValue()) * scale;
        lines.add(new Line(x, plotTop - 6, x, plotBottom, TARGET_COLOUR, 1.5, true));
        String caption =
            target.label() == null || target.label().isBlank()
                ? target.value().toPlainString()
                : target.label();
        Font bold = Sarabun.awt(true, (float) SMALL_SIZE);
        double w = ThaiText.width(caption, bold);
        double centre = Math.max(w / 2 + 2, Math.min(WIDTH - w / 2 - 2, x));
        labels.add(
            new Label(
                centre, plotTop - 9, caption, SMALL_SIZE, true, Anchor.MIDDLE, TARGET_COLOUR, w));
      }
      if (n > 1) {
        y = legend(y + 6, valueFont);
      }
      List<Mark> all = new ArrayList<>(grid);
      all.addAll(bars);
      all.addAll(lines);
      all.addAll(halos);
      all.addAll(labels);
      return new ChartLayout(title, y + PAD, all);
    }

    /** One row of colour swatches with series names, centred. */
    private double legend(double top, Font font) {
      double swatch = 10;
      double gap = 16;
      double total = 0;
      List<Double> widths = new ArrayList<>();
      for (Block.BarChart.Series s : chart.series()) {
        double w = ThaiText.width(s.name(), font);
        widths.add(w);
        total += swatch + 4 + w + gap;
      }
      double x = Math.max(PAD, (WIDTH - (total - gap)) / 2);
      double baseline = top + SMALL_SIZE;
      for (int s = 0; s < chart.series().size(); s++) {
        bars.add(new Rect(x, baseline - swatch + 1, swatch, swatch, PALETTE[s % PALETTE.length]));
        labels.add(
            new Label(
                x + swatch + 4,
                baseline,
                chart.series().get(s).name(),
                SMALL_SIZE,
                false,
                Anchor.START,
                TEXT_COLOUR,
                widths.get(s)));
        x += swatch + 4 + widths.get(s) + gap;
      }
      return baseline + 6;
    }

    private BigDecimal axisMax() {
      if (chart.max() != null && chart.max().signum() > 0) {
        return chart.max();
      }
      BigDecimal top = chart.target() == null ? BigDecimal.ZERO : chart.target().value();
      for (Block.BarChart.Series s : chart.series()) {
        for (BigDecimal v : s.values()) {
          if (v != null && v.compareTo(top) > 0) {
            top = v;
          }
        }
      }
      return top.signum() <= 0 ? BigDecimal.ONE : niceStep(top);
    }

    private void label(
        double x, double y, String text, double size, boolean bold, Anchor anchor, String fill) {
      label(x, y, text, size, bold, anchor, fill, Sarabun.awt(bold, (float) size));
    }

    private void label(
        double x,
        double y,
        String text,
        double size,
        boolean bold,
        Anchor anchor,
        String fill,
        Font font) {
      labels.add(new Label(x, y, text, size, bold, anchor, fill, ThaiText.width(text, font)));
    }
  }

  /** The smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code v}: readable axis numbers. */
  static BigDecimal niceStep(BigDecimal v) {
    if (v.signum() <= 0) {
      return BigDecimal.ONE;
    }
    int exponent = v.precision() - v.scale() - 1;
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = new BigDecimal(m).multiply(magnitude);
      if (candidate.compareTo(v) >= 0) {
        return candidate.stripTrailingZeros();
      }
    }
    return BigDecimal.TEN.multiply(magnitude);
  }

  /** Coordinates to a tenth of a pixel, to keep the drawing small; no figure a reader sees. */
  private static double r(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
