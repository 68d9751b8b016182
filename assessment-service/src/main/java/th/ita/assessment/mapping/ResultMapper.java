package th.ita.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.PartScores;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Scorecard.Figure;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.rest.view.ResultView.DiscrepancyView;
import th.ita.assessment.rest.view.ResultView.IndicatorView;
import th.ita.assessment.rest.view.ResultView.LevelView;
import th.ita.assessment.rest.view.ResultView.Overall;
import th.ita.assessment.rest.view.ResultView.PartView;
import th.ita.assessment.rest.view.ResultView.QuestionView;
import th.ita.assessment.rest.view.ResultView.SubGroupView;
import th.ita.assessment.rest.view.ResultView.ToolView;
import th.ita.platform.common.score.Scores;

/**
 * Turns a full-precision scorecard into the rounded, labelled view clients see (the {@code
 * ResultPublished} event has its own class, {@code event.ResultPublished}, with the same figures).
 */
@ApplicationScoped
public class ResultMapper {

  public ResultView toView(
      Agency agency, AssessmentResult result, ResultInput input, Scorecard card) {
    return new ResultView(
        result.agencyCode,
        agency.nameTh,
        agency.nameEn,
        result.fiscalYear,
        result.round,
        result.status,
        result.revision,
        result.version,
        new Overall(
            d(card.overall().score()),
            d(card.overall().official()),
            d(card.overall().computed()),
            level(card.level())),
        card.tools().stream()
            .map(
                t ->
                    new ToolView(
                        t.tool().code(),
                        t.tool().nameTh(),
                        t.tool().nameEn(),
                        t.tool().weight(),
                        d(t.figure().score()),
                        d(t.figure().official()),
                        d(t.figure().computed()),
                        t.tool().parts().stream()
                            .filter(p -> t.parts().containsKey(p.code()))
                            .map(
                                p -> {
                                  Figure f = t.parts().get(p.code());
                                  return new PartView(
                                      p.code(),
                                      p.nameTh(),
                                      p.nameEn(),
                                      d(f.score()),
                                      d(f.official()),
                                      d(f.computed()));
                                })
                            .toList()))
            .toList(),
        card.indicators().stream()
            .map(
                i ->
                    new IndicatorView(
                        i.indicator().number(),
                        i.indicator().tool(),
                        i.indicator().nameTh(),
                        i.indicator().nameEn(),
                        d(i.figure().score()),
                        d(i.figure().official()),
                        d(i.figure().computed()),
                        parts(i.parts()),
                        i.subGroups().stream()
                            .map(
                                g ->
                                    new SubGroupView(
                                        g.subGroup().code(),
                                        g.subGroup().nameTh(),
                                        g.subGroup().nameEn(),
                                        d(g.score())))
                            .toList()))
            .toList(),
        card.questions().stream()
            .map(
                q ->
                    new QuestionView(
                        q.placement().code(),
                        q.placement().tool().code(),
                        q.placement().indicator().number(),
                        q.placement().subGroup() == null ? null : q.placement().subGroup().code(),
                        q.placement().question().textTh(),
                        q.placement().question().textEn(),
                        q.placement().question().issues(),
                        d(q.score()),
                        parts(q.parts()),
                        q.subItems().isEmpty() ? null : q.subItems()))
            .toList(),
        input.respondents(),
        card.discrepancies().stream()
            .map(
                x ->
                    new DiscrepancyView(
                        x.figure(),
                        x.official(),
                        x.computed(),
                        x.official().subtract(x.computed())))
            .toList(),
        input.source(),
        result.correctionReason,
        result.createdAt,
        result.createdBy,
        result.updatedAt,
        result.updatedBy,
        result.publishedAt,
        result.publishedBy,
        input.official() == null ? null : input.official().standing(),
        null);
  }

  private static LevelView level(Level level) {
    return level == null ? null : new LevelView(level.code(), level.nameTh(), level.nameEn());
  }

  private static PartScores parts(Map<PartCode, BigDecimal> parts) {
    return parts.isEmpty()
        ? null
        : new PartScores(d(parts.get(PartCode.PUBLIC)), d(parts.get(PartCode.SURVEY)));
  }

  private static BigDecimal d(BigDecimal value) {
    return Scores.display(value);
  }
}
