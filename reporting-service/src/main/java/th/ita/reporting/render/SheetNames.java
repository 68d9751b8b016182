package th.ita.reporting.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Excel's rules for sheet names: at most 31 characters, none of {@code [ ] : * ? / \}, no leading
 * or trailing apostrophe, not "History" (reserved), and unique ignoring case. A clash gets " (2)",
 * " (3)"… with the name shortened to make room.
 */
final class SheetNames {

  static final int MAX_LENGTH = 31;

  private final Set<String> used = new HashSet<>();

  String unique(String proposal, String fallback) {
    String base = clean(proposal);
    if (base.isEmpty()) {
      base = clean(fallback);
    }
    if (base.isEmpty()) {
      base = "Sheet";
    }
    String name = base;
    for (int n = 2; used.contains(key(name)) || name.equalsIgnoreCase("History"); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
    }
    used.add(key(name));
    return name;
  }

  static String clean(String name) {
    if (name == null) {
      return "";
    }
    String s = name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^'+|'+$", "").strip();
    return cut(s, MAX_LENGTH).strip();
  }

  /** Cuts to a length without splitting a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
