package th.ita.reporting.document;

import java.util.Locale;
import java.util.Optional;

/** A score's tier, in the order documents list them: the weakest first. */
public enum Tier {
  URGENT,
  IMPROVE,
  KEEP;

  /** The tier a measure names, or empty when it names none (or one the documents do not know). */
  public static Optional<Tier> named(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
