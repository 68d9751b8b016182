package th.ita.assessment.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportRow;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.PartScores;
import th.ita.assessment.domain.ResultInput.QuestionScore;
import th.ita.assessment.domain.ResultInput.Round;

/**
 * Turns one agency's import rows into the same {@link ResultInput} an assessor would send, and
 * remembers which line each question came from, so that the framework's checks can name lines.
 * Problems only a single row can have (a score that is not a number, an unknown part, a repeated
 * question) are found here.
 */
public final class ImportRowsMapper {

  /** The input, the lines of each question (by its index in the input), and the row problems. */
  public record Mapped(ResultInput input, List<Lines> questionLines, List<ImportError> errors) {}

  /** Where a question came from: its first line, and the line of each EIT part. */
  public record Lines(int first, Map<PartCode, Integer> parts) {

    /**
     * The line a problem at {@code path} (e.g. {@code parts.SURVEY}, {@code parts.surveyPart})
     * points at.
     */
    public int of(String path) {
      String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
      for (var part : parts.entrySet()) {
        if (part.getKey() != null
            && lower.contains(part.getKey().name().toLowerCase(Locale.ROOT))) {
          return part.getValue();
        }
      }
      return first;
    }
  }

  private ImportRowsMapper() {}

  public static Mapped map(String agencyCode, List<ImportRow> rows, String correctionReason) {
    List<ImportError> errors = new ArrayList<>();
    Round round = round(agencyCode, rows, errors);
    // question key -> (part or null -> score, line)
    Map<String, Question> questions = new LinkedHashMap<>();
    for (ImportRow row : rows) {
      if (row.question() == null) {
        errors.add(
            new ImportError(
                row.line(), agencyCode, "question", "the question code is empty", null));
        continue;
      }
      BigDecimal score = score(agencyCode, row, errors);
      PartCode part = part(agencyCode, row, errors);
      if (score == null || (row.part() != null && part == null)) {
        continue;
      }
      Question question =
          questions.computeIfAbsent(
              row.question().toLowerCase(Locale.ROOT),
              k -> new Question(row.question(), row.line()));
      question.lines.putIfAbsent(part, row.line());
      if (question.scores.putIfAbsent(part, score) != null) {
        errors.add(
            new ImportError(
                row.line(),
                agencyCode,
                "question",
                "question "
                    + row.question()
                    + (part == null ? "" : " part " + part)
                    + " is given twice for this agency",
                row.question()));
      }
    }
    List<QuestionScore> scores = new ArrayList<>();
    List<Lines> lines = new ArrayList<>();
    for (Question question : questions.values()) {
      scores.add(question.toScore());
      lines.add(new Lines(question.line, question.lines));
    }
    ResultInput input =
        new ResultInput(round, scores, List.of(), null, "bulk import", correctionReason);
    return new Mapped(input, lines, errors);
  }

  private static Round round(String agencyCode, List<ImportRow> rows, List<ImportError> errors) {
    Round chosen = null;
    for (ImportRow row : rows) {
      Round round;
      try {
        round =
            row.round() == null ? Round.FINAL : Round.valueOf(row.round().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new ImportError(
                row.line(), agencyCode, "round", "round must be FINAL or INTERIM", row.round()));
        continue;
      }
      if (chosen == null) {
        chosen = round;
      } else if (chosen != round) {
        errors.add(
            new ImportError(
                row.line(),
                agencyCode,
                "round",
                "an agency's rows must all be of one round; earlier rows say " + chosen,
                row.round()));
      }
    }
    return chosen == null ? Round.FINAL : chosen;
  }

  private static BigDecimal score(String agencyCode, ImportRow row, List<ImportError> errors) {
    if (row.score() == null) {
      errors.add(new ImportError(row.line(), agencyCode, "score", "the score is empty", null));
      return null;
    }
    try {
      // Thai spreadsheets sometimes carry a thousands separator or a decimal comma; neither is a
      // score.
      return new BigDecimal(row.score());
    } catch (NumberFormatException e) {
      errors.add(
          new ImportError(
              row.line(),
              agencyCode,
              "score",
              "the score is not a number (use a point for decimals, e.g. 92.63)",
              row.score()));
      return null;
    }
  }

  private static PartCode part(String agencyCode, ImportRow row, List<ImportError> errors) {
    if (row.part() == null) {
      return null;
    }
    try {
      return PartCode.valueOf(row.part().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new ImportError(
              row.line(),
              agencyCode,
              "part",
              "part must be PUBLIC or SURVEY, or empty",
              row.part()));
      return null;
    }
  }

  /** The scores given for one question: one without a part, or one per EIT part. */
  private static final class Question {
    final String code;
    final int line;
    final Map<PartCode, BigDecimal> scores = new HashMap<>();
    final Map<PartCode, Integer> lines = new HashMap<>();

    Question(String code, int line) {
      this.code = code;
      this.line = line;
    }

    QuestionScore toScore() {
      if (scores.containsKey(null) || scores.isEmpty()) {
        // A plain score; a mix with parts is refused by the validator ("exactly one of").
        PartScores parts = scores.size() > 1 ? parts() : null;
        return new QuestionScore(code, scores.get(null), null, parts);
      }
      return new QuestionScore(code, null, null, parts());
    }

    private PartScores parts() {
      return new PartScores(scores.get(PartCode.PUBLIC), scores.get(PartCode.SURVEY));
    }
  }
}
