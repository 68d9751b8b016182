package th.ita.reporting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.domain.Disclosures;

/**
 * Where and when one document was published on the agency's website, and the OIT item it answers.
 */
@Schema(name = "Disclosure")
public record DisclosureData(
    @Schema(
            description = "MEASURES, PROGRESS_HALF or PROGRESS_ANNUAL",
            enumeration = {"MEASURES", "PROGRESS_HALF", "PROGRESS_ANNUAL"})
        DisclosureKind kind,
    @Schema(
            description = "The OIT item of the fiscal year's framework that checks it",
            examples = "o34")
        String oitItem,
    @Schema(examples = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") String oitItemTh,
    String oitItemEn,
    @Schema(examples = "https://www.ditp.go.th/ita/2568/measures") String url,
    @Schema(description = "The day it was published, in Bangkok", examples = "2024-10-06")
        LocalDate publishedOn) {

  /** The documents an agency has disclosed for {@code fiscalYear}, in the order of the kinds. */
  public static List<DisclosureData> of(Disclosures d, int fiscalYear) {
    List<DisclosureData> list = new ArrayList<>();
    if (d == null) {
      return list;
    }
    for (DisclosureKind kind : DisclosureKind.values()) {
      if (d.url(kind) != null) {
        list.add(
            new DisclosureData(
                kind,
                kind.oitItem(fiscalYear),
                kind.oitItemTh(),
                kind.oitItemEn(),
                d.url(kind),
                d.publishedOn(kind)));
      }
    }
    return list;
  }

  /** The one of {@code kind} in {@code list}, or null. */
  public static DisclosureData find(List<DisclosureData> list, DisclosureKind kind) {
    return list == null
        ? null
        : list.stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
  }
}
