package th.ita.reporting.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.time.ClockProducer;

/** A plan as its latest PlanApproved or PlanPublished event carried it, with its measures. */
@Schema(name = "DocumentPlan")
public record PlanData(
    UUID id,
    @Schema(description = "The fiscal year the plan runs in", examples = "2568") int fiscalYear,
    @Schema(description = "The assessment year whose results it answers", examples = "2567")
        int assessmentYear,
    @Schema(examples = "PUBLISHED", ref = "PlanStatus") String status,
    String titleTh,
    String titleEn,
    String limitations,
    @Schema(description = "How the plan as a whole is monitored and reported on, and by whom")
        String monitoring,
    List<MeasureData> measures,
    long version,
    OffsetDateTime approvedAt,
    OffsetDateTime publishedAt,
    @Schema(
            description =
                "The day the plan was published, in Bangkok (ประกาศ ณ วันที่), when the event carried it",
            examples = "2024-10-06")
        LocalDate publishedOn,
    @Schema(
            description =
                "Who approved the plan for the agency (its head), when the event carried it; the documents' sign-off block")
        Approval approval) {

  public PlanData {
    measures = measures == null ? List.of() : measures;
  }

  /** The same plan with other measure snapshots (the newest known of each). */
  public PlanData withMeasures(List<MeasureData> newest) {
    return new PlanData(
        id,
        fiscalYear,
        assessmentYear,
        status,
        titleTh,
        titleEn,
        limitations,
        monitoring,
        newest,
        version,
        approvedAt,
        publishedAt,
        publishedOn,
        approval);
  }

  /** The day it was announced: the producer's Bangkok day, else that of {@code publishedAt}. */
  public LocalDate announcedOn() {
    return publishedOn != null
        ? publishedOn
        : publishedAt == null
            ? null
            : publishedAt.atZoneSameInstant(ClockProducer.BANGKOK).toLocalDate();
  }

  /**
   * The approval by the head of the agency (ผู้บริหารสูงสุด): name, position and the day of the
   * approval, and the officer who recorded it. Read tolerantly, since measures-service adds it: an
   * approval without a name reads as none (a sign-off block never shows an invented name), and a
   * date that is not YYYY-MM-DD as no date.
   */
  @Schema(name = "DocumentPlanApproval")
  public record Approval(
      @Schema(examples = "นายตัวอย่าง ใจดี") String approverNameTh,
      @Schema(examples = "อธิบดีกรมอาเซียน") String approverPositionTh,
      @Schema(examples = "2024-10-05") LocalDate approvedOn,
      String recordedBy) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Approval of(JsonNode node) {
      if (node == null || !node.isObject()) {
        return null;
      }
      String name = text(node, "approverNameTh");
      if (name == null) {
        return null;
      }
      LocalDate on = null;
      String date = text(node, "approvedOn");
      if (date != null) {
        try {
          on = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          on = null;
        }
      }
      return new Approval(name, text(node, "approverPositionTh"), on, text(node, "recordedBy"));
    }

    private static String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }
  }
}
