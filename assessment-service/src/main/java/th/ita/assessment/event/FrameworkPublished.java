package th.ita.assessment.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkDefinition.Answer;
import th.ita.assessment.domain.FrameworkDefinition.AnswerType;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;

/**
 * The data of a {@code FrameworkPublished} event on {@code ita.frameworks}: one version of a fiscal
 * year's framework with every label and question text, which {@code ResultPublished} (v2) carries
 * only as codes. Consumers keep every version (fiscal year and version) and join each result to the
 * version it names (schema: {@code src/main/resources/events/framework-published.schema.json}).
 *
 * <p>Questions are listed where the framework places them (indicator by indicator, sub-group by
 * sub-group), the order in which results list their questions.
 */
public record FrameworkPublished(
    int fiscalYear,
    long version,
    String titleTh,
    String titleEn,
    BigDecimal target,
    List<Tool> tools,
    List<Indicator> indicators,
    List<Question> questions,
    List<Level> levels) {

  public record Tool(
      ToolCode code, String nameTh, String nameEn, BigDecimal weight, List<Part> parts) {}

  public record Part(PartCode code, String nameTh, String nameEn) {}

  public record Indicator(
      int number, ToolCode tool, String nameTh, String nameEn, List<SubGroup> subGroups) {}

  public record SubGroup(String code, String nameTh, String nameEn) {}

  public record Question(
      String code,
      ToolCode tool,
      int indicator,
      String subGroup,
      String textTh,
      String textEn,
      // Named explicitly: without it the name is derived as "sues" from an is-prefix.
      @JsonProperty("issues") List<Integer> issues,
      AnswerType answerType,
      Answer creditedAnswer) {}

  public record Level(
      String code,
      String nameTh,
      String nameEn,
      BigDecimal minScore,
      Map<ToolCode, BigDecimal> toolMinimums) {}

  /** The event of a stored framework at its version. */
  public static FrameworkPublished of(Framework framework, long version) {
    FrameworkDefinition d = framework.definition();
    return new FrameworkPublished(
        d.fiscalYear(),
        version,
        d.titleTh(),
        d.titleEn(),
        d.target(),
        d.tools().stream()
            .map(
                t ->
                    new Tool(
                        t.code(),
                        t.nameTh(),
                        t.nameEn(),
                        t.weight(),
                        t.parts().stream()
                            .map(p -> new Part(p.code(), p.nameTh(), p.nameEn()))
                            .toList()))
            .toList(),
        d.indicators().stream()
            .map(
                i ->
                    new Indicator(
                        i.number(),
                        i.tool(),
                        i.nameTh(),
                        i.nameEn(),
                        i.subGroups().stream()
                            .map(g -> new SubGroup(g.code(), g.nameTh(), g.nameEn()))
                            .toList()))
            .toList(),
        framework.questions().stream()
            .map(
                p ->
                    new Question(
                        p.code(),
                        p.tool().code(),
                        p.indicator().number(),
                        p.subGroup() == null ? null : p.subGroup().code(),
                        p.question().textTh(),
                        p.question().textEn(),
                        p.question().issues(),
                        p.question().answerType(),
                        p.question().creditedAnswer()))
            .toList(),
        d.levels().stream()
            .map(
                l ->
                    new Level(
                        l.code(),
                        l.nameTh(),
                        l.nameEn(),
                        l.minScore(),
                        l.toolMinimums().isEmpty() ? null : l.toolMinimums()))
            .toList());
  }
}
