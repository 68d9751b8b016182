package th.ita.reporting.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    List<MeasureData> measures,
    long version,
    OffsetDateTime approvedAt,
    OffsetDateTime publishedAt) {

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
        newest,
        version,
        approvedAt,
        publishedAt);
  }
}
