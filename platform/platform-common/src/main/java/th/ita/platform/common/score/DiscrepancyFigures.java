package th.ita.platform.common.score;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the official figures a result's recomputation does not reproduce (its
 * discrepancies). assessment-service writes them into results and their events; documents recognise
 * them and print them in their language.
 */
public final class DiscrepancyFigures {

  /** The overall score. */
  public static final String OVERALL = "overall";

  private static final Pattern NAME =
      Pattern.compile(
          "overall|indicator (\\d{1,4})|tool (\\S+) part (\\S+)|tool (\\S+)|question (\\S+)");

  /** A figure's kind and what names it; the fields another kind has no use for are null. */
  public record Figure(Kind kind, Integer indicator, String tool, String part, String question) {}

  /** The figures a result reports. */
  public enum Kind {
    OVERALL,
    INDICATOR,
    TOOL,
    TOOL_PART,
    QUESTION
  }

  private DiscrepancyFigures() {}

  public static String indicator(int number) {
    return "indicator " + number;
  }

  public static String tool(String code) {
    return "tool " + code;
  }

  public static String toolPart(String tool, String part) {
    return tool(tool) + " part " + part;
  }

  public static String question(String code) {
    return "question " + code;
  }

  /** The figure a name written by the builders above stands for; empty for any other text. */
  public static Optional<Figure> recognise(String name) {
    Matcher m = name == null ? null : NAME.matcher(name);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return Optional.of(
          new Figure(Kind.INDICATOR, Integer.parseInt(m.group(1)), null, null, null));
    }
    if (m.group(2) != null) {
      return Optional.of(new Figure(Kind.TOOL_PART, null, m.group(2), m.group(3), null));
    }
    if (m.group(4) != null) {
      return Optional.of(new Figure(Kind.TOOL, null, m.group(4), null, null));
    }
    if (m.group(5) != null) {
      return Optional.of(new Figure(Kind.QUESTION, null, null, null, m.group(5)));
    }
    return Optional.of(new Figure(Kind.OVERALL, null, null, null, null));
  }
}
