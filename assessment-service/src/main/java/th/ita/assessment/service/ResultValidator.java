package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.Framework.Placement;
import th.ita.assessment.domain.FrameworkDefinition.AnswerType;
import th.ita.assessment.domain.FrameworkDefinition.Tool;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.QuestionScore;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.validation.RecordValidators;

/**
 * Checks a result against its year's framework and reports every problem at once: the shape of the
 * input (Bean Validation) and what only the framework can tell — unknown codes, a tool given in
 * part, parts for a question that has none.
 */
@ApplicationScoped
public class ResultValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Validator validator;

  public ResultValidator(ValidatorFactory validation) {
    this.validator = RecordValidators.of(validation);
  }

  public List<FieldError> validate(Framework framework, ResultInput input) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<ResultInput> v : validator.validate(input)) {
      errors.add(new FieldError(path(v), v.getMessage(), scalar(v.getInvalidValue())));
    }
    Map<ToolCode, Integer> givenPerTool = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < input.questions().size(); i++) {
      QuestionScore q = input.questions().get(i);
      if (q == null || q.code() == null || q.code().isBlank()) {
        continue; // reported by Bean Validation
      }
      String path = "questions[" + i + "]";
      var placement = framework.find(q.code());
      if (placement.isEmpty()) {
        errors.add(
            new FieldError(
                path + ".code",
                "unknown question code '"
                    + q.code()
                    + "' in the FY"
                    + framework.fiscalYear()
                    + " framework",
                q.code()));
        continue;
      }
      if (!seen.add(Framework.key(q.code()))) {
        errors.add(
            new FieldError(path + ".code", "question '" + q.code() + "' is given twice", q.code()));
      }
      givenPerTool.merge(placement.get().tool().code(), 1, Integer::sum);
      checkQuestion(path, q, placement.get(), errors);
    }
    for (Tool tool : framework.definition().tools()) {
      if (!givenPerTool.containsKey(tool.code())) {
        continue; // a tool may be left out entirely, e.g. when only official figures are known
      }
      List<String> missing =
          framework.questionsOf(tool.code()).stream()
              .map(Placement::code)
              .filter(code -> !seen.contains(Framework.key(code)))
              .toList();
      for (String code : missing) {
        errors.add(
            new FieldError(
                "questions",
                "question "
                    + code
                    + " of "
                    + tool.code()
                    + " is missing; a tool that is given must have all of its questions",
                code));
      }
      checkPartsConsistent(framework, tool, input, errors);
    }
    checkOfficial(framework, input, errors);
    checkRespondents(framework, input, errors);
    errors.sort(Comparator.comparing(FieldError::field));
    return errors;
  }

  private static void checkQuestion(
      String path, QuestionScore q, Placement placement, List<FieldError> errors) {
    boolean subItems = q.subItems() != null && !q.subItems().isEmpty();
    // Sub-items may come with the question's published score, which stands (seed 002's E6).
    int forms =
        (q.score() != null && !subItems ? 1 : 0) + (subItems ? 1 : 0) + (q.parts() != null ? 1 : 0);
    if (forms != 1) {
      errors.add(new FieldError(path, "give exactly one of score, subItems or parts"));
      return;
    }
    Tool tool = placement.tool();
    if (q.parts() != null) {
      if (!tool.hasParts()) {
        errors.add(
            new FieldError(
                path + ".parts",
                "'"
                    + q.code()
                    + "' is a question of "
                    + tool.code()
                    + ", which has no parts in this framework; parts are for EIT questions from FY2566"));
      } else {
        for (var part : tool.parts()) {
          if (q.parts().get(part.code()) == null) {
            errors.add(
                new FieldError(
                    path + ".parts." + part.code(), "the " + part.code() + " score is missing"));
          }
        }
      }
    }
    int expectedSubItems = placement.question().subItems().size();
    if (q.subItems() != null
        && !q.subItems().isEmpty()
        && expectedSubItems > 0
        && q.subItems().size() != expectedSubItems) {
      errors.add(
          new FieldError(
              path + ".subItems",
              "'"
                  + q.code()
                  + "' has "
                  + expectedSubItems
                  + " sub-items in this framework, not "
                  + q.subItems().size()));
    }
    // An OIT item is checked once: published or not. A yes/no survey question (IIT, EIT) scores the
    // share of respondents who gave the credited answer (seed 004: I4 ไม่มี - 99.08).
    if (placement.question().answerType() == AnswerType.YES_NO
        && tool.code() == ToolCode.OIT
        && q.score() != null
        && q.score().signum() != 0
        && q.score().compareTo(HUNDRED) != 0) {
      errors.add(
          new FieldError(
              path + ".score",
              "'" + q.code() + "' is a yes/no item: its score is 0 or 100",
              q.score()));
    }
  }

  /** Within one tool, either every question has parts or none does; a mix cannot be averaged. */
  private static void checkPartsConsistent(
      Framework framework, Tool tool, ResultInput input, List<FieldError> errors) {
    if (!tool.hasParts()) {
      return;
    }
    long withParts =
        input.questions().stream()
            .filter(q -> q != null && q.parts() != null)
            .filter(
                q ->
                    framework.find(q.code()).map(p -> p.tool().code() == tool.code()).orElse(false))
            .count();
    long all = framework.questionsOf(tool.code()).size();
    if (withParts != 0 && withParts != all) {
      errors.add(
          new FieldError(
              "questions",
              "give parts for all "
                  + tool.code()
                  + " questions or for none ("
                  + withParts
                  + " of "
                  + all
                  + " have parts)"));
    }
  }

  private static void checkOfficial(
      Framework framework, ResultInput input, List<FieldError> errors) {
    if (input.official() == null) {
      return;
    }
    for (int i = 0; i < input.official().tools().size(); i++) {
      var tool = input.official().tools().get(i);
      if (tool == null || tool.code() == null) {
        continue;
      }
      var defined = framework.definition().tool(tool.code());
      if (defined.isEmpty()) {
        errors.add(
            new FieldError(
                "official.tools[" + i + "].code",
                "tool " + tool.code() + " is not in this framework"));
      } else if (tool.parts() != null && !defined.get().hasParts()) {
        errors.add(
            new FieldError(
                "official.tools[" + i + "].parts",
                tool.code() + " has no parts in this framework"));
      }
    }
    for (int i = 0; i < input.official().indicators().size(); i++) {
      var indicator = input.official().indicators().get(i);
      if (indicator != null
          && indicator.number() != null
          && framework.indicator(indicator.number()).isEmpty()) {
        errors.add(
            new FieldError(
                "official.indicators[" + i + "].number",
                "indicator "
                    + indicator.number()
                    + " is not in the FY"
                    + framework.fiscalYear()
                    + " framework",
                indicator.number()));
      }
    }
    checkStanding(input.official().standing(), errors);
  }

  /** A rank needs the count it is out of, and is at most that count. */
  private static void checkStanding(
      ResultInput.OfficialStanding standing, List<FieldError> errors) {
    if (standing == null) {
      return;
    }
    checkRank("typeRank", standing.typeRank(), "typeCount", standing.typeCount(), errors);
    checkRank(
        "ministryRank", standing.ministryRank(), "ministryCount", standing.ministryCount(), errors);
  }

  private static void checkRank(
      String rankField, Integer rank, String countField, Integer count, List<FieldError> errors) {
    String prefix = "official.standing.";
    if (rank != null && count == null) {
      errors.add(
          new FieldError(prefix + countField, "is required with " + rankField + " " + rank, null));
    } else if (rank != null && rank > count) {
      errors.add(
          new FieldError(
              prefix + rankField, "must be at most " + countField + " (" + count + ")", rank));
    }
  }

  private static void checkRespondents(
      Framework framework, ResultInput input, List<FieldError> errors) {
    for (int i = 0; i < input.respondents().size(); i++) {
      var count = input.respondents().get(i);
      if (count == null || count.tool() == null) {
        continue;
      }
      var tool = framework.definition().tool(count.tool());
      if (tool.isEmpty()) {
        errors.add(
            new FieldError(
                "respondents[" + i + "].tool",
                "tool " + count.tool() + " is not in this framework"));
      } else if (count.part() != null
          && tool.get().parts().stream().noneMatch(p -> p.code() == count.part())) {
        errors.add(
            new FieldError(
                "respondents[" + i + "].part", count.tool() + " has no part " + count.part()));
      }
    }
  }

  private static String path(ConstraintViolation<?> v) {
    return v.getPropertyPath()
        .toString()
        .replaceAll("\\.<[a-z ]+>", "")
        .replace("<list element>", "");
  }

  private static Object scalar(Object value) {
    return value instanceof Number || value instanceof CharSequence ? value : null;
  }
}
