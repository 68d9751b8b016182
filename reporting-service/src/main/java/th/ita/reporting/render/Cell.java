package th.ita.reporting.render;

import java.math.BigDecimal;
import java.util.Objects;
import th.ita.platform.common.text.XmlText;

/**
 * A table cell: text, or a number that spreadsheets keep numeric. Either may be emphasised (bold).
 */
public sealed interface Cell {

  /** What every format shows. */
  String display();

  boolean emphasis();

  default boolean numeric() {
    return this instanceof Num;
  }

  record Text(String text, boolean emphasis) implements Cell {
    public Text {
      text = text == null ? "" : XmlText.clean(text);
    }

    @Override
    public String display() {
      return text;
    }
  }

  /**
   * A number kept as given: 92.63 stays 92.63 and 85.00 keeps its two decimals, because scores are
   * published to two decimals and a double would print 92.63000000000001 somewhere.
   */
  record Num(BigDecimal value, boolean emphasis) implements Cell {
    public Num {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value.toPlainString();
    }

    /** Spreadsheet format with as many decimals as the value carries: 0.00 for scores. */
    public String excelFormat() {
      int scale = Math.max(0, value.scale());
      return scale == 0 ? "0" : "0." + "0".repeat(scale);
    }
  }

  static Cell text(String text) {
    return new Text(text, false);
  }

  static Cell bold(String text) {
    return new Text(text, true);
  }

  static Cell num(BigDecimal value) {
    return new Num(value, false);
  }

  /** From a decimal literal such as "92.63"; the scale of the literal is kept. */
  static Cell num(String value) {
    return new Num(new BigDecimal(value), false);
  }

  static Cell empty() {
    return new Text("", false);
  }

  /** The same cell, emphasised. */
  default Cell emphasised() {
    if (this instanceof Num n) {
      return new Num(n.value(), true);
    }
    return new Text(display(), true);
  }
}
