package th.ita.measures.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's own fields; its measures are added one by one. */
@Schema(name = "PlanInput")
public record PlanInput(
    @Schema(
            description =
                "The assessment year whose results the plan answers; defaults to the year before",
            examples = "2567")
        @Min(2500)
        @Max(2700)
        Integer assessmentYear,
    @Schema(examples = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568")
        @Size(max = 500)
        String titleTh,
    @Size(max = 500) String titleEn,
    @Schema(description = "Limitations (ข้อจำกัด), free text for Part 4 of the measures document")
        @Size(max = 20000)
        String limitations,
    @Schema(
            description =
                "How the plan as a whole is monitored and reported on, and by whom (seed 002's"
                    + " ส่วนของการกำกับติดตามแผนการดำเนินงาน…); printed after the measures",
            examples =
                "จะดำเนินการกำกับติดตามโดย ผู้อำนวยการฝ่ายบริหาร โดยได้รับมอบอำนาจจากผู้อำนวยการ")
        @Size(max = 5000)
        String monitoring) {

  /** An empty body is a plan with the defaults. */
  public static PlanInput empty() {
    return new PlanInput(null, null, null, null, null);
  }
}
