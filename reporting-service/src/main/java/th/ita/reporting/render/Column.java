package th.ita.reporting.render;

import java.util.Locale;
import java.util.Objects;
import th.ita.platform.common.text.XmlText;

/** A table column: its header text and how its cells align. */
public record Column(String header, Align align) {

  public enum Align {
    LEFT,
    CENTER,
    RIGHT;

    /** CSS class used by the HTML template. */
    public String css() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Column {
    header = XmlText.clean(Objects.requireNonNull(header, "header"));
    align = align == null ? Align.LEFT : align;
  }

  public static Column text(String header) {
    return new Column(header, Align.LEFT);
  }

  /** Numbers are right-aligned so their decimals line up. */
  public static Column number(String header) {
    return new Column(header, Align.RIGHT);
  }

  public static Column centered(String header) {
    return new Column(header, Align.CENTER);
  }
}
