package th.ita.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.reporting.domain.Disclosures;
import th.ita.reporting.domain.MeasureChange;
import th.ita.reporting.domain.ReportMeasure;
import th.ita.reporting.domain.ReportPlan;
import th.ita.reporting.domain.ReportSettings;
import th.ita.reporting.mapping.SnapshotJson;
import th.ita.reporting.repository.DashboardRepository;
import th.ita.reporting.repository.DashboardRows.RankingRow;
import th.ita.reporting.repository.ReadModelRepository;

/**
 * What the documents and dashboards show, read from the projections only. Access is the caller's
 * business ({@link ReportAccess}); each document says whether it is published.
 */
@ApplicationScoped
public class ReportDataService {

  private final ReadModelRepository readModel;
  private final DashboardRepository dashboards;
  private final StoredResults results;
  private final SnapshotJson json;

  public ReportDataService(
      ReadModelRepository readModel,
      DashboardRepository dashboards,
      StoredResults results,
      SnapshotJson json) {
    this.readModel = readModel;
    this.dashboards = dashboards;
    this.results = results;
    this.json = json;
  }

  /**
   * The measures document of the plan running in {@code fiscalYear}: the plan (approved or
   * published) and the FINAL result of the assessment year it answers, which is the plan's own
   * {@code assessmentYear}, or the year before when no plan has arrived. 404 when neither exists.
   */
  public MeasuresDocumentData measuresDocument(String agencyCode, int fiscalYear) {
    String code = Requests.agencyCode(agencyCode);
    int year = Requests.fiscalYear(fiscalYear);
    ReportPlan plan = readModel.plan(code, year).orElse(null);
    int assessmentYear = plan != null ? plan.assessmentYear : year - 1;
    ResultData result = readModel.finalResult(code, assessmentYear).map(results::data).orElse(null);
    if (plan == null && result == null) {
      throw new NotFoundException(
          "Agency '"
              + agencyCode
              + "' has neither a plan for FY"
              + year
              + " nor a published FINAL result for FY"
              + assessmentYear);
    }
    PlanData planData = plan == null ? null : newest(json.read(plan.payload, PlanData.class));
    ResultData previous =
        readModel.finalResult(code, assessmentYear - 1).map(results::data).orElse(null);
    return new MeasuresDocumentData(
        agency(code, result),
        year,
        assessmentYear,
        plan != null && plan.isPublished(),
        result,
        planData,
        previous,
        frontMatter(code),
        disclosures(code, year));
  }

  /**
   * How the plan running in {@code fiscalYear} stands on {@code asOf}; 404 when there is no plan.
   */
  public ProgressReportData progress(String agencyCode, int fiscalYear, LocalDate asOf) {
    String code = Requests.agencyCode(agencyCode);
    int year = Requests.fiscalYear(fiscalYear);
    ReportPlan plan =
        readModel
            .plan(code, year)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Agency '"
                            + agencyCode
                            + "' has no approved or published plan for FY"
                            + year));
    PlanData data = newest(json.read(plan.payload, PlanData.class));
    List<UUID> ids = data.measures().stream().map(MeasureData::id).toList();
    Map<UUID, List<MeasureChange>> history =
        readModel.changes(ids).stream().collect(Collectors.groupingBy(c -> c.measureId));
    ResultData result =
        readModel.finalResult(code, plan.assessmentYear).map(results::data).orElse(null);
    return Progress.report(agency(code, result), year, asOf, plan.isPublished(), data, history)
        .withDisclosures(disclosures(code, year));
  }

  /** The year's results and measures for the nation, or for one ministry. */
  public DashboardData dashboard(int fiscalYear, String ministry, int measureLimit) {
    int year = Requests.fiscalYear(fiscalYear);
    String m = ministry == null || ministry.isBlank() ? null : Requests.agencyCode(ministry);
    List<RankingRow> ranking = dashboards.ranking(year, m);
    return new DashboardData(
        year,
        m,
        ranking.size(),
        dashboards.averageScore(year, m),
        dashboards.levels(year, m),
        dashboards.indicatorAverages(year, m),
        ranking,
        dashboards.measuresByStatus(year, m),
        dashboards.measures(year, m, measureLimit));
  }

  /**
   * The analysis of an agency's FINAL result of assessment year {@code fiscalYear}, with the year
   * before when the read model has it, and the national level distribution and mean of the year.
   * 404 when the result has not been published.
   */
  public AnalysisReportData analysis(String agencyCode, int fiscalYear) {
    String code = Requests.agencyCode(agencyCode);
    int year = Requests.fiscalYear(fiscalYear);
    ResultData result =
        readModel
            .finalResult(code, year)
            .map(results::data)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Agency '" + agencyCode + "' has no published FINAL result for FY" + year));
    ResultData previous = readModel.finalResult(code, year - 1).map(results::data).orElse(null);
    return new AnalysisReportData(
        agency(code, result),
        year,
        result,
        previous,
        dashboards.averageScore(year, null),
        dashboards.levels(year, null));
  }

  /**
   * Each measure as its newest snapshot: a status change after publication is newer than the plan
   * event.
   */
  private PlanData newest(PlanData plan) {
    List<UUID> ids = plan.measures().stream().map(MeasureData::id).toList();
    Map<UUID, ReportMeasure> latest =
        readModel.measures(ids).stream()
            .collect(Collectors.toMap(m -> m.measureId, Function.identity()));
    return plan.withMeasures(
        plan.measures().stream()
            .map(
                m ->
                    latest.containsKey(m.id())
                        ? json.read(latest.get(m.id()).payload, MeasureData.class)
                        : m)
            .toList());
  }

  /** The agency's own opening sections from its report settings; the standard ones without. */
  private static FrontMatter frontMatter(String code) {
    ReportSettings s = ReportSettings.findById(code);
    return s == null
        ? FrontMatter.STANDARD
        : new FrontMatter(s.backgroundTh, s.objectivesTh, s.toolsTh, s.respondentsTh);
  }

  /** Where the agency published its documents of the year, as it recorded them. */
  private static List<DisclosureData> disclosures(String code, int year) {
    return DisclosureData.of(Disclosures.findById(new Disclosures.Key(code, year)), year);
  }

  private static AgencyInfo agency(String code, ResultData result) {
    DirectoryAgency entry = DirectoryAgency.findById(code);
    return entry != null ? AgencyInfo.of(entry) : AgencyInfo.fallback(code, result);
  }
}
