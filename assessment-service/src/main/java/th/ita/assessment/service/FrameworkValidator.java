package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkDefinition.AnswerType;
import th.ita.assessment.domain.FrameworkDefinition.Indicator;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.FrameworkDefinition.SubGroup;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.validation.RecordValidators;

/**
 * Checks a framework before it is stored: its shape (Bean Validation) and the rules that make
 * scoring well defined. Every problem is reported at once, each with its JSON path.
 */
@ApplicationScoped
public class FrameworkValidator {

  private final Validator validator;

  public FrameworkValidator(ValidatorFactory validation) {
    this.validator = RecordValidators.of(validation);
  }

  public List<FieldError> validate(FrameworkDefinition f) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<FrameworkDefinition> v : validator.validate(f)) {
      errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (!errors.isEmpty()) {
      return errors; // the structural rules below assume a well-formed document
    }
    checkTools(f, errors);
    checkQuestions(f, errors);
    checkLevels(f, errors);
    return errors;
  }

  private static void checkTools(FrameworkDefinition f, List<FieldError> errors) {
    Set<FrameworkDefinition.ToolCode> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < f.tools().size(); i++) {
      var tool = f.tools().get(i);
      if (!seen.add(tool.code())) {
        errors.add(
            new FieldError("tools[" + i + "].code", "tool " + tool.code() + " appears twice"));
      }
      sum = sum.add(tool.weight());
      Set<FrameworkDefinition.PartCode> parts = new HashSet<>();
      for (int p = 0; p < tool.parts().size(); p++) {
        if (!parts.add(tool.parts().get(p).code())) {
          errors.add(
              new FieldError("tools[" + i + "].parts[" + p + "].code", "part appears twice"));
        }
      }
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      errors.add(
          new FieldError(
              "tools",
              "the tool weights must sum to 1, not " + sum.stripTrailingZeros().toPlainString()));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < f.indicators().size(); i++) {
      Indicator indicator = f.indicators().get(i);
      String path = "indicators[" + i + "]";
      if (!numbers.add(indicator.number())) {
        errors.add(
            new FieldError(path + ".number", "indicator " + indicator.number() + " appears twice"));
      }
      if (!seen.contains(indicator.tool())) {
        errors.add(
            new FieldError(
                path + ".tool",
                "tool " + indicator.tool() + " is not among the framework's tools"));
      }
      boolean direct = !indicator.questions().isEmpty();
      boolean grouped = !indicator.subGroups().isEmpty();
      if (direct == grouped) {
        errors.add(
            new FieldError(
                path, "an indicator has either questions or sub-groups, exactly one of them"));
      }
    }
    for (var tool : f.tools()) {
      if (f.indicators().stream().noneMatch(i -> i.tool() == tool.code())) {
        errors.add(new FieldError("indicators", "tool " + tool.code() + " has no indicator"));
      }
    }
  }

  private static void checkQuestions(FrameworkDefinition f, List<FieldError> errors) {
    Map<String, Integer> defined = new HashMap<>();
    for (int i = 0; i < f.questions().size(); i++) {
      var question = f.questions().get(i);
      if (question.creditedAnswer() != null && question.answerType() != AnswerType.YES_NO) {
        errors.add(
            new FieldError(
                "questions[" + i + "].creditedAnswer",
                "only a yes/no question has a credited answer",
                question.creditedAnswer()));
      }
      String key = Framework.key(question.code());
      if (defined.putIfAbsent(key, i) != null) {
        errors.add(
            new FieldError(
                "questions[" + i + "].code",
                "question code '"
                    + f.questions().get(i).code()
                    + "' is used twice (codes are case-insensitive)"));
      }
    }
    Map<String, String> placedIn = new HashMap<>();
    Set<String> groupCodes = new HashSet<>();
    for (int i = 0; i < f.indicators().size(); i++) {
      Indicator indicator = f.indicators().get(i);
      List<String> codes = new ArrayList<>(indicator.questions());
      for (int g = 0; g < indicator.subGroups().size(); g++) {
        SubGroup group = indicator.subGroups().get(g);
        if (!groupCodes.add(Framework.key(group.code()))) {
          errors.add(
              new FieldError(
                  "indicators[" + i + "].subGroups[" + g + "].code",
                  "sub-group code '" + group.code() + "' is used twice"));
        }
        codes.addAll(group.questions());
      }
      for (String code : codes) {
        String key = Framework.key(code);
        String where = "indicator " + indicator.number();
        String before = placedIn.putIfAbsent(key, where);
        if (before != null) {
          errors.add(
              new FieldError(
                  "indicators[" + i + "]",
                  "question '"
                      + code
                      + "' is already in "
                      + before
                      + "; a question sits in exactly one indicator"));
        }
        if (!defined.containsKey(key)) {
          errors.add(
              new FieldError(
                  "indicators[" + i + "]", "question '" + code + "' is not defined in questions"));
        }
      }
    }
    for (var entry : defined.entrySet()) {
      if (!placedIn.containsKey(entry.getKey())) {
        errors.add(
            new FieldError(
                "questions[" + entry.getValue() + "].code",
                "question '"
                    + f.questions().get(entry.getValue()).code()
                    + "' is in no indicator"));
      }
    }
  }

  private static void checkLevels(FrameworkDefinition f, List<FieldError> errors) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < f.levels().size(); i++) {
      Level level = f.levels().get(i);
      if (!codes.add(level.code().toUpperCase())) {
        errors.add(
            new FieldError(
                "levels[" + i + "].code", "level code '" + level.code() + "' is used twice"));
      }
      if (i > 0) {
        Level previous = f.levels().get(i - 1);
        int order = level.minScore().compareTo(previous.minScore());
        boolean sameWithFewerConditions =
            order == 0 && previous.toolMinimums().size() > level.toolMinimums().size();
        if (order > 0 || (order == 0 && !sameWithFewerConditions)) {
          errors.add(
              new FieldError(
                  "levels[" + i + "].minScore",
                  "levels must be ordered from the highest band down; "
                      + level.code()
                      + " ("
                      + level.minScore()
                      + ") cannot follow "
                      + previous.code()
                      + " ("
                      + previous.minScore()
                      + ")"));
        }
      }
    }
    Level last = f.levels().get(f.levels().size() - 1);
    if (last.minScore().signum() != 0 || !last.toolMinimums().isEmpty()) {
      errors.add(
          new FieldError(
              "levels[" + (f.levels().size() - 1) + "].minScore",
              "the last level must start at 0 with no tool minimums, so every score has a level"));
    }
  }
}
