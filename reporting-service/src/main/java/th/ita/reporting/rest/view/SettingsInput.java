package th.ita.reporting.rest.view;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a change to an agency's report settings. The front matter texts are optional: left
 * out (or null), a text stays as it was, so a client that only knows {@code publicDocuments} never
 * wipes them; an empty string returns the section to the standard text.
 */
@Schema(name = "ReportSettingsInput")
public record SettingsInput(
    @Schema(
            description =
                "True to let anyone read the agency's published documents without a token")
        @NotNull
        Boolean publicDocuments,
    @Schema(
            description =
                "ความเป็นมา/หลักการและเหตุผล of the measures document: plain text; {agency},"
                    + " {assessmentYear} and {fiscalYear} are replaced; a blank line starts a new"
                    + " paragraph. Left out: unchanged; empty: the standard text.",
            maxLength = SettingsInput.MAX_TEXT)
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        String backgroundTh,
    @Schema(description = "วัตถุประสงค์, as backgroundTh", maxLength = SettingsInput.MAX_TEXT)
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        String objectivesTh,
    @Schema(
            description = "เครื่องมือที่ใช้ในการประเมิน (the assessment tools), as backgroundTh",
            maxLength = SettingsInput.MAX_TEXT)
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        String toolsTh,
    @Schema(
            description =
                "กลุ่มตัวอย่างในการเก็บรวบรวมข้อมูล (the respondent groups), as backgroundTh",
            maxLength = SettingsInput.MAX_TEXT)
        @Size(max = MAX_TEXT, message = "must be at most {max} characters")
        String respondentsTh) {

  /** Several pages of Thai; more is not an opening section. */
  public static final int MAX_TEXT = 20000;
}
