package th.ita.measures.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.measures.domain.FrameCategory;
import th.ita.measures.domain.Tier;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.platform.common.calendar.FiscalQuarter;

/** A measure as an officer writes it (see templates/README.md for the fields' meaning). */
@Schema(name = "MeasureInput")
public record MeasureInput(
    @Schema(description = "The NACC issue (1–7) it answers", examples = "4")
        @Min(1)
        @Max(7)
        @JsonProperty("issue")
        Integer issue,
    Tier tier,
    @Size(max = 50) List<@Valid @NotNull TargetQuestion> targetQuestions,
    @Schema(
            description = "The measure or approach",
            examples = "จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์")
        @NotBlank
        @Size(max = 2000)
        String titleTh,
    @Size(max = 2000) String titleEn,
    @Size(max = 5000) String rationale,
    @Schema(description = "Ordered steps") @Size(max = 30)
        List<@NotBlank @Size(max = 2000) String> steps,
    @Schema(examples = "2024-10-01") @NotNull LocalDate periodStart,
    @Schema(examples = "2025-03-31") @NotNull LocalDate periodEnd,
    @Size(max = 20) List<@NotBlank @Size(max = 300) String> responsibleUnits,
    @Schema(description = "How progress is checked (แนวทางการกำกับติดตาม)") @Size(max = 5000)
        String monitoring,
    @Valid Reporting reporting,
    FrameCategory frameCategory,
    @Size(max = 20) List<@NotBlank @Size(max = 500) String> knowledgeTopics,
    @Min(0) @Max(100) Integer percentComplete,
    @Size(max = 4) List<@Valid @NotNull MilestoneInput> milestones) {

  public List<TargetQuestion> targetQuestionsOrEmpty() {
    return targetQuestions == null ? List.of() : targetQuestions;
  }

  public List<MilestoneInput> milestonesOrEmpty() {
    return milestones == null ? List.of() : milestones;
  }

  @Schema(name = "MilestoneInput")
  public record MilestoneInput(
      @Schema(description = "Quarter of the plan's fiscal year: Q1 Oct–Dec … Q4 Jul–Sep") @NotNull
          FiscalQuarter quarter,
      @Schema(description = "The planned activity or output") @NotBlank @Size(max = 2000)
          String activity,
      @Size(max = 2000) String output,
      @Schema(
              description =
                  "True for a milestone written by the platform's editors where the agency's own document gives none (the demo plans); documents never print it as the agency's. False for a new milestone when left out; left out on an edit, the milestone keeps what it was.")
          Boolean editorial) {

    /** A milestone the agency itself planned. */
    public MilestoneInput(FiscalQuarter quarter, String activity, String output) {
      this(quarter, activity, output, null);
    }
  }
}
