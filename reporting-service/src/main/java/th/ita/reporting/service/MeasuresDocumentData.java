package th.ita.reporting.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) of an agency
 * for a fiscal year shows: the agency, the FINAL result of the assessment year it answers (the year
 * before) and of the year before that (seed 002 compares the two), the plan with its measures,
 * milestones and limitations, and the agency's own front matter.
 */
@Schema(name = "MeasuresDocument")
public record MeasuresDocumentData(
    AgencyInfo agency,
    @Schema(description = "The fiscal year the measures run in", examples = "2568") int fiscalYear,
    @Schema(description = "The assessment year whose FINAL result they answer", examples = "2567")
        int assessmentYear,
    @Schema(
            description =
                "True when the plan is published; otherwise a draft only the agency's officers and ita-admins see")
        boolean published,
    @Schema(description = "The FINAL result of the assessment year, when it has been published")
        ResultData result,
    @Schema(description = "The plan, when it has been approved or published") PlanData plan,
    @Schema(
            description =
                "The FINAL result of the year before the assessment year, when it has been published")
        ResultData previous,
    @Schema(description = "The agency's opening sections; unset ones take the standard text")
        FrontMatter frontMatter,
    @Schema(
            description =
                "Where the agency published its documents of the fiscal year on its website (OIT"
                    + " o34, o35)")
        List<DisclosureData> disclosures) {

  public MeasuresDocumentData {
    frontMatter = frontMatter == null ? FrontMatter.STANDARD : frontMatter;
    disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
  }

  /** Without disclosures. */
  public MeasuresDocumentData(
      AgencyInfo agency,
      int fiscalYear,
      int assessmentYear,
      boolean published,
      ResultData result,
      PlanData plan,
      ResultData previous,
      FrontMatter frontMatter) {
    this(
        agency,
        fiscalYear,
        assessmentYear,
        published,
        result,
        plan,
        previous,
        frontMatter,
        List.of());
  }

  /** The same document with the agency's disclosures. */
  public MeasuresDocumentData withDisclosures(List<DisclosureData> list) {
    return new MeasuresDocumentData(
        agency, fiscalYear, assessmentYear, published, result, plan, previous, frontMatter, list);
  }

  /** Without the year before and with the standard front matter. */
  public MeasuresDocumentData(
      AgencyInfo agency,
      int fiscalYear,
      int assessmentYear,
      boolean published,
      ResultData result,
      PlanData plan) {
    this(agency, fiscalYear, assessmentYear, published, result, plan, null, null, List.of());
  }
}
