package th.ita.reporting.rest.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an agency published its documents of a fiscal year, as the API shows it. */
@Schema(name = "Disclosures")
public record DisclosuresView(
    @Schema(examples = "DITP") String agencyCode,
    @Schema(description = "The fiscal year the measures run in", examples = "2567") int fiscalYear,
    @Schema(description = "The documents published, in the order of their kinds")
        List<Document> documents,
    @Schema(description = "True while the agency has recorded nothing for the year") boolean none,
    OffsetDateTime updatedAt,
    String updatedBy) {

  @Schema(name = "DisclosureView")
  public record Document(
      @Schema(
              description = "MEASURES, PROGRESS_HALF or PROGRESS_ANNUAL",
              enumeration = {"MEASURES", "PROGRESS_HALF", "PROGRESS_ANNUAL"})
          String kind,
      @Schema(
              description =
                  "The OIT item of the year's framework that checks it: o34 and o35 from FY2567, O42"
                      + " and O43 before",
              examples = "o34")
          String oitItem,
      @Schema(examples = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") String oitItemTh,
      String oitItemEn,
      String url,
      LocalDate publishedOn) {}
}
