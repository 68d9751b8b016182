package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.Framework.Placement;
import th.ita.assessment.domain.FrameworkDefinition.Indicator;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.SubGroup;
import th.ita.assessment.domain.FrameworkDefinition.Tool;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Scorecard.Discrepancy;
import th.ita.assessment.domain.Scorecard.Figure;
import th.ita.assessment.domain.Scorecard.IndicatorScore;
import th.ita.assessment.domain.Scorecard.QuestionResult;
import th.ita.assessment.domain.Scorecard.SubGroupScore;
import th.ita.assessment.domain.Scorecard.ToolScore;
import th.ita.platform.common.score.DiscrepancyFigures;
import th.ita.platform.common.score.Scores;

/**
 * The official ITA scoring, as verified against the seed documents:
 *
 * <ol>
 *   <li>a question's score is given; with sub-items it is their mean, unless the question's
 *       published score is given beside them: NACC rounds the mean of the sub-items' unrounded
 *       scores, which the printed two-decimal sub-items cannot always reproduce (seed 002's E6 is
 *       88.33, the mean of its printed 87.04 and 89.63 is 88.335);
 *   <li>a sub-group's score is the mean of its questions; an indicator's is the mean of its
 *       sub-groups, or of its questions where it has none; for a tool with two parts (EIT from
 *       FY2566) it is the mean of the two parts' means;
 *   <li>a tool's score is the mean of its indicators;
 *   <li>the overall score is the weighted sum of the tools (weights from the framework);
 *   <li>the level is the first band whose total threshold and tool minimums the scores meet.
 * </ol>
 *
 * Published figures stand as given, and each level above is computed from the figures that stand
 * below it. A recomputation that differs from a published figure by more than 0.01 is reported.
 * Input must have passed {@link ResultValidator}.
 */
@ApplicationScoped
public class ResultScorer {

  public Scorecard score(Framework framework, ResultInput input) {
    List<Discrepancy> discrepancies = new ArrayList<>();
    Map<String, QuestionResult> questions = questionResults(framework, input, discrepancies);
    Official official = Official.of(input);

    List<IndicatorScore> indicators = new ArrayList<>();
    for (Indicator indicator : framework.definition().indicators()) {
      Tool tool = framework.definition().tool(indicator.tool()).orElseThrow();
      IndicatorScore score =
          indicatorScore(tool, indicator, questions, official.indicators.get(indicator.number()));
      check(DiscrepancyFigures.indicator(indicator.number()), score.figure(), discrepancies);
      indicators.add(score);
    }

    List<ToolScore> tools = new ArrayList<>();
    for (Tool tool : framework.definition().tools()) {
      List<IndicatorScore> ofTool =
          indicators.stream().filter(i -> i.indicator().tool() == tool.code()).toList();
      Figure figure =
          new Figure(
              official.tools.get(tool.code()),
              Scores.mean(ofTool.stream().map(i -> i.figure().score()).toList()));
      check(DiscrepancyFigures.tool(String.valueOf(tool.code())), figure, discrepancies);
      Map<PartCode, Figure> parts = new EnumMap<>(PartCode.class);
      for (var part : tool.parts()) {
        Figure partFigure =
            new Figure(
                official.part(tool.code(), part.code()),
                Scores.mean(ofTool.stream().map(i -> i.parts().get(part.code())).toList()));
        if (partFigure.score() != null) {
          check(
              DiscrepancyFigures.toolPart(String.valueOf(tool.code()), String.valueOf(part.code())),
              partFigure,
              discrepancies);
          parts.put(part.code(), partFigure);
        }
      }
      tools.add(new ToolScore(tool, figure, parts));
    }

    BigDecimal weighted = BigDecimal.ZERO;
    for (ToolScore tool : tools) {
      if (tool.figure().score() == null) {
        weighted = null;
        break;
      }
      weighted =
          weighted.add(tool.tool().weight().multiply(tool.figure().score(), Scores.PRECISION));
    }
    Figure overall = new Figure(official.overall, weighted);
    check(DiscrepancyFigures.OVERALL, overall, discrepancies);

    return new Scorecard(
        overall,
        level(framework, overall, tools),
        tools,
        indicators,
        List.copyOf(questions.values()),
        discrepancies);
  }

  private static Map<String, QuestionResult> questionResults(
      Framework framework, ResultInput input, List<Discrepancy> discrepancies) {
    Map<String, QuestionResult> results = new LinkedHashMap<>();
    Map<String, ResultInput.QuestionScore> given = new HashMap<>();
    input.questions().forEach(q -> given.put(Framework.key(q.code()), q));
    for (Placement placement : framework.questions()) {
      ResultInput.QuestionScore q = given.get(Framework.key(placement.code()));
      if (q == null) {
        continue;
      }
      Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
      BigDecimal score = q.score();
      List<BigDecimal> subItems = q.subItems() == null ? List.of() : q.subItems();
      if (q.parts() != null) {
        for (var part : placement.tool().parts()) {
          parts.put(part.code(), q.parts().get(part.code()));
        }
        score = Scores.mean(parts.values());
      } else if (!subItems.isEmpty()) {
        Figure figure = new Figure(q.score(), Scores.mean(subItems));
        check(DiscrepancyFigures.question(placement.code()), figure, discrepancies);
        score = figure.score();
      }
      results.put(
          Framework.key(placement.code()), new QuestionResult(placement, score, parts, subItems));
    }
    return results;
  }

  private static IndicatorScore indicatorScore(
      Tool tool, Indicator indicator, Map<String, QuestionResult> questions, BigDecimal official) {
    // The units averaged into the indicator: its sub-groups, or its questions where it has none.
    List<List<QuestionResult>> units = new ArrayList<>();
    List<SubGroup> groups = indicator.subGroups();
    if (groups.isEmpty()) {
      indicator.questions().forEach(code -> units.add(listOf(questions.get(Framework.key(code)))));
    } else {
      groups.forEach(
          g ->
              units.add(g.questions().stream().map(c -> questions.get(Framework.key(c))).toList()));
    }
    boolean anyGiven = units.stream().flatMap(List::stream).anyMatch(q -> q != null);
    if (!anyGiven) {
      return new IndicatorScore(indicator, new Figure(official, null), Map.of(), List.of());
    }
    boolean byParts =
        tool.hasParts()
            && units.stream()
                .flatMap(List::stream)
                .allMatch(q -> q != null && !q.parts().isEmpty());
    Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
    BigDecimal computed;
    if (byParts) {
      for (var part : tool.parts()) {
        parts.put(
            part.code(),
            Scores.mean(
                units.stream()
                    .map(
                        unit ->
                            Scores.mean(
                                unit.stream()
                                    .map(q -> q == null ? null : q.parts().get(part.code()))
                                    .toList()))
                    .toList()));
      }
      computed = Scores.mean(parts.values());
    } else {
      computed = Scores.mean(units.stream().map(ResultScorer::unitScore).toList());
    }
    List<SubGroupScore> subGroups = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      subGroups.add(new SubGroupScore(groups.get(i), unitScore(units.get(i))));
    }
    return new IndicatorScore(indicator, new Figure(official, computed), parts, subGroups);
  }

  private static BigDecimal unitScore(List<QuestionResult> unit) {
    return Scores.mean(unit.stream().map(q -> q == null ? null : q.score()).toList());
  }

  private static List<QuestionResult> listOf(QuestionResult q) {
    List<QuestionResult> list = new ArrayList<>(1);
    list.add(q);
    return list;
  }

  /** The first band whose threshold and tool minimums the displayed (two-decimal) scores meet. */
  static Level level(Framework framework, Figure overall, List<ToolScore> tools) {
    BigDecimal total = Scores.display(overall.score());
    if (total == null) {
      return null;
    }
    for (Level level : framework.definition().levels()) {
      if (total.compareTo(level.minScore()) < 0) {
        continue;
      }
      boolean toolsMeet =
          level.toolMinimums().entrySet().stream()
              .allMatch(
                  min ->
                      tools.stream()
                          .filter(t -> t.tool().code() == min.getKey())
                          .anyMatch(
                              t ->
                                  t.figure().score() != null
                                      && Scores.display(t.figure().score())
                                              .compareTo(min.getValue())
                                          >= 0));
      if (toolsMeet) {
        return level;
      }
    }
    return null;
  }

  private static void check(String what, Figure figure, List<Discrepancy> discrepancies) {
    if (Scores.differ(figure.official(), figure.computed())) {
      discrepancies.add(
          new Discrepancy(what, figure.official(), Scores.display(figure.computed())));
    }
  }

  /** The published figures of one result, by what they describe. */
  private record Official(
      BigDecimal overall,
      Map<ToolCode, BigDecimal> tools,
      Map<String, BigDecimal> parts,
      Map<Integer, BigDecimal> indicators) {

    static Official of(ResultInput input) {
      Map<ToolCode, BigDecimal> tools = new EnumMap<>(ToolCode.class);
      Map<String, BigDecimal> parts = new HashMap<>();
      Map<Integer, BigDecimal> indicators = new HashMap<>();
      if (input.official() == null) {
        return new Official(null, tools, parts, indicators);
      }
      for (var tool : input.official().tools()) {
        tools.put(tool.code(), tool.score());
        if (tool.parts() != null) {
          for (PartCode part : PartCode.values()) {
            if (tool.parts().get(part) != null) {
              parts.put(tool.code() + "/" + part, tool.parts().get(part));
            }
          }
        }
      }
      input.official().indicators().forEach(i -> indicators.put(i.number(), i.score()));
      return new Official(input.official().overall(), tools, parts, indicators);
    }

    BigDecimal part(ToolCode tool, PartCode part) {
      return parts.get(tool + "/" + part);
    }
  }
}
