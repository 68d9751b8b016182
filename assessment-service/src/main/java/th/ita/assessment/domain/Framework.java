package th.ita.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.ita.assessment.domain.FrameworkDefinition.Indicator;
import th.ita.assessment.domain.FrameworkDefinition.Question;
import th.ita.assessment.domain.FrameworkDefinition.SubGroup;
import th.ita.assessment.domain.FrameworkDefinition.Tool;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;

/**
 * A validated framework with its lookups: where each question sits (tool, indicator, sub-group).
 * Question codes are matched case-insensitively, because the seeds write {@code I1} and {@code i1}
 * for the same kind of code in different years.
 */
public final class Framework {

  /** Where one question sits in the framework. */
  public record Placement(Question question, Tool tool, Indicator indicator, SubGroup subGroup) {
    public String code() {
      return question.code();
    }
  }

  private final FrameworkDefinition definition;
  private final Map<String, Placement> byCode;

  private Framework(FrameworkDefinition definition, Map<String, Placement> byCode) {
    this.definition = definition;
    this.byCode = byCode;
  }

  /** Builds the lookups; the definition must have passed {@code FrameworkValidator}. */
  public static Framework of(FrameworkDefinition definition) {
    Map<String, Question> questions = new LinkedHashMap<>();
    definition.questions().forEach(q -> questions.put(key(q.code()), q));
    Map<String, Placement> byCode = new LinkedHashMap<>();
    for (Indicator indicator : definition.indicators()) {
      Tool tool = definition.tool(indicator.tool()).orElseThrow();
      for (String code : indicator.questions()) {
        byCode.put(key(code), new Placement(questions.get(key(code)), tool, indicator, null));
      }
      for (SubGroup group : indicator.subGroups()) {
        for (String code : group.questions()) {
          byCode.put(key(code), new Placement(questions.get(key(code)), tool, indicator, group));
        }
      }
    }
    return new Framework(definition, Collections.unmodifiableMap(byCode));
  }

  public static String key(String code) {
    return code.trim().toLowerCase(Locale.ROOT);
  }

  public FrameworkDefinition definition() {
    return definition;
  }

  public int fiscalYear() {
    return definition.fiscalYear();
  }

  public Optional<Placement> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
  }

  public List<Placement> questions() {
    return List.copyOf(byCode.values());
  }

  public List<Placement> questionsOf(ToolCode tool) {
    List<Placement> result = new ArrayList<>();
    byCode
        .values()
        .forEach(
            p -> {
              if (p.tool().code() == tool) {
                result.add(p);
              }
            });
    return result;
  }

  public Optional<Indicator> indicator(int number) {
    return definition.indicators().stream().filter(i -> i.number() == number).findFirst();
  }

  public List<Indicator> indicatorsOf(ToolCode tool) {
    return definition.indicators().stream().filter(i -> i.tool() == tool).toList();
  }
}
