package th.ita.reporting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.repository.DisclosureRepository;

/**
 * The agencies of the nation or a ministry that have not disclosed, on their own website, the
 * measures of a fiscal year (OIT o34) or any report on carrying them out (o35).
 */
@Schema(name = "DisclosureDashboard")
public record DisclosureDashboardData(
    @Schema(description = "The fiscal year the measures run in", examples = "2568") int fiscalYear,
    @Schema(description = "The ministry filtered on, absent for the nation", examples = "MOC")
        String ministryCode,
    @Schema(description = "The OIT item of the measures that year", examples = "o34")
        String measuresItem,
    @Schema(description = "The OIT item of the reports on them", examples = "o35")
        String progressItem,
    @Schema(description = "Agencies in the registry, in scope") int agencies,
    @Schema(description = "Agencies that disclosed the measures and at least one report")
        int disclosed,
    @Schema(description = "The others, by ministry and agency code") List<Agency> notDisclosed) {

  @Schema(name = "NotDisclosedAgency")
  public record Agency(
      @Schema(examples = "DITP") String agencyCode,
      String nameTh,
      String nameEn,
      String ministryCode,
      String ministryNameTh,
      @Schema(
              description = "The status of its plan for the year; absent without one",
              examples = "PUBLISHED",
              ref = "PlanStatus")
          String planStatus,
      @Schema(description = "When it disclosed the measures; absent when it has not")
          LocalDate measuresPublishedOn,
      @Schema(description = "When it disclosed its latest report; absent when it has not")
          LocalDate progressPublishedOn,
      @Schema(description = "The OIT items it has not disclosed", examples = "[\"o34\", \"o35\"]")
          List<String> missingItems) {

    static Agency of(DisclosureRepository.NotDisclosed r, int year) {
      List<String> missing = new ArrayList<>();
      if (r.measuresOn() == null) {
        missing.add(DisclosureKind.MEASURES.oitItem(year));
      }
      if (r.progressOn() == null) {
        missing.add(DisclosureKind.PROGRESS_HALF.oitItem(year));
      }
      return new Agency(
          r.agencyCode(),
          r.nameTh(),
          r.nameEn(),
          r.ministryCode(),
          r.ministryNameTh(),
          r.planStatus(),
          r.measuresOn(),
          r.progressOn(),
          missing);
    }
  }
}
