package th.ita.measures.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.measures.domain.FrameCategory;
import th.ita.measures.domain.Values.Reporting;
import th.ita.platform.common.calendar.FiscalQuarter;

/** Measures curated from the seeds, proposed for the weak questions of a gap list. */
@ApplicationScoped
@Startup
public class TemplateLibrary {

  @Schema(name = "MeasureTemplate")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Template(
      String code,
      @JsonProperty("issues") List<Integer> issues,
      List<String> questionCodes,
      String titleTh,
      String titleEn,
      List<String> steps,
      String monitoring,
      Reporting reporting,
      FrameCategory frameCategory,
      List<TemplateMilestone> milestones,
      String source) {}

  @Schema(name = "MeasureTemplateMilestone")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TemplateMilestone(FiscalQuarter quarter, String activity) {}

  private final List<Template> templates;

  public TemplateLibrary(ObjectMapper json) {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("templates/measure-templates.json")) {
      templates =
          in == null
              ? List.of()
              : List.copyOf(json.readValue(in, new TypeReference<List<Template>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("The measure template library is unreadable", e);
    }
  }

  public List<Template> all() {
    return templates;
  }

  /** Templates for a question: those naming it first, then those answering one of its issues. */
  public List<Template> forQuestion(String code, List<Integer> issues) {
    String key = code.toLowerCase(Locale.ROOT);
    List<Template> named =
        templates.stream()
            .filter(
                t ->
                    t.questionCodes() != null
                        && t.questionCodes().stream().anyMatch(c -> c.equalsIgnoreCase(key)))
            .toList();
    if (!named.isEmpty()) {
      return named;
    }
    return templates.stream()
        .filter(t -> t.issues() != null && t.issues().stream().anyMatch(issues::contains))
        .limit(3)
        .toList();
  }
}
