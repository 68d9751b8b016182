package th.ita.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The opening sections of an agency's measures document as the agency wrote them in its report
 * settings: plain text in which {@code {agency}}, {@code {assessmentYear}} and {@code {fiscalYear}}
 * stand for the agency's name and the two Buddhist-era years. A section the agency left unset
 * (null) takes the seeds' standard text.
 */
@Schema(name = "DocumentFrontMatter")
public record FrontMatter(
    @Schema(description = "ความเป็นมา/หลักการและเหตุผล; null for the standard text")
        String background,
    @Schema(description = "วัตถุประสงค์; null for the standard text") String objectives,
    @Schema(description = "เครื่องมือที่ใช้ในการประเมิน; null for the standard text") String tools,
    @Schema(description = "กลุ่มตัวอย่างในการเก็บรวบรวมข้อมูล; null for the standard text")
        String respondents) {

  /** Every section the standard text. */
  public static final FrontMatter STANDARD = new FrontMatter(null, null, null, null);
}
