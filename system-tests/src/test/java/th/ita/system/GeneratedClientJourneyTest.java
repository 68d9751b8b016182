package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.client.assessment.api.AgenciesApi;
import th.ita.client.assessment.api.ResultsApi;
import th.ita.client.assessment.model.Agency;
import th.ita.client.assessment.model.AgencyInput;
import th.ita.client.assessment.model.AgencyType;
import th.ita.client.assessment.model.Ministry;
import th.ita.client.assessment.model.Result;
import th.ita.client.assessment.model.ResultInput;
import th.ita.client.assessment.model.ResultStatus;
import th.ita.client.assessment.model.Round;
import th.ita.client.measures.ApiException;
import th.ita.client.measures.api.MeasuresApi;
import th.ita.client.measures.api.PlansApi;
import th.ita.client.measures.model.ApprovalInput;
import th.ita.client.measures.model.Evidence;
import th.ita.client.measures.model.EvidenceInput;
import th.ita.client.measures.model.EvidenceLink;
import th.ita.client.measures.model.FiscalQuarter;
import th.ita.client.measures.model.GapList;
import th.ita.client.measures.model.Measure;
import th.ita.client.measures.model.MeasureInput;
import th.ita.client.measures.model.MeasureStatus;
import th.ita.client.measures.model.MilestoneInput;
import th.ita.client.measures.model.Plan;
import th.ita.client.measures.model.PlanInput;
import th.ita.client.measures.model.PlanStatus;
import th.ita.client.measures.model.StatusChangeRequest;
import th.ita.client.measures.model.TargetQuestion;
import th.ita.client.reporting.api.ReportsApi;
import th.ita.client.reporting.model.DocumentMeasure;
import th.ita.client.reporting.model.MeasuresDocument;

/**
 * What an integrator does: generate clients from the OpenAPI documents (see this module's pom) and
 * drive one whole agency year through them, on the platform as {@code ./ita} runs it. Every call of
 * the journey goes through a generated client; the only hand-written HTTP here reads the served
 * OpenAPI documents, to prove the clients were generated from what the services serve.
 */
class GeneratedClientJourneyTest {

  private static final String AGENCY = "JRN-ASEAN";
  private static final int ASSESSMENT_YEAR = 2567;
  private static final int PLAN_YEAR = 2568;

  private static RunningPlatform platform;
  private static ServiceClients clients;

  @BeforeAll
  static void startThePlatform() throws Exception {
    platform = new RunningPlatform("journey-state", "--no-demo-data");
    platform.start();
    clients = new ServiceClients(platform);
  }

  @AfterAll
  static void stopThePlatform() throws Exception {
    if (platform != null && !platform.stop()) {
      platform.killIfAlive();
    }
  }

  @Test
  void theClientsWereGeneratedFromTheDocumentsTheServicesServe() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // see ServiceClients
    List<String> services = List.of("assessment-service", "measures-service", "reporting-service");
    for (int i = 0; i < services.size(); i++) {
      HttpResponse<String> served =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(platform.serviceUrls().get(i) + "/q/openapi?format=json"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode built =
          json.readTree(
              RunningPlatform.PROJECT
                  .resolve(services.get(i))
                  .resolve("target/openapi/openapi.json")
                  .toFile());
      assertThat(differences("", json.readTree(served.body()), built))
          .as(services.get(i))
          .isEmpty();
    }
  }

  /**
   * Where two JSON documents differ, as JSON pointers: readable where a whole-document diff is not.
   */
  private static List<String> differences(String at, JsonNode served, JsonNode built) {
    List<String> found = new ArrayList<>();
    if (served.isObject() && built.isObject()) {
      Set<String> names = new TreeSet<>();
      served.fieldNames().forEachRemaining(names::add);
      built.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!served.has(name) || !built.has(name)) {
          found.add(path + (served.has(name) ? " only served" : " only built"));
        } else {
          found.addAll(differences(path, served.get(name), built.get(name)));
        }
      }
    } else if (!served.equals(built)) {
      found.add(at + ": served " + abbreviate(served) + ", built " + abbreviate(built));
    }
    return found;
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }

  @Test
  void anAgencyYearThroughTheGeneratedClientsAlone() throws Exception {
    // 1. An ita-admin registers the agency.
    Agency agency =
        new AgenciesApi(clients.assessment("ita-admin"))
            .registerAgency(
                new AgencyInput()
                    .code(AGENCY)
                    .nameTh("กรมอาเซียน (ทดสอบเส้นทาง)")
                    .nameEn("Department of ASEAN Affairs (journey)")
                    .type(AgencyType.DEPARTMENT)
                    .ministry(
                        new Ministry()
                            .code("MFA")
                            .nameTh("กระทรวงการต่างประเทศ")
                            .nameEn("Ministry of Foreign Affairs")));
    assertThat(agency.getCode()).isEqualTo(AGENCY);

    // 2. An assessor enters FY2567's scores: seed 001's, as NACC published them for the Department
    // of ASEAN Affairs.
    ResultsApi results = new ResultsApi(clients.assessment("assessor"));
    ResultInput scores;
    try (InputStream seed =
        GeneratedClientJourneyTest.class.getResourceAsStream("/demo/results/MFA-ASEAN-2567.json")) {
      scores = clients.assessmentJson().readValue(seed, ResultInput.class);
    }
    var draft = results.putResultWithHttpInfo(AGENCY, ASSESSMENT_YEAR, scores, null);
    assertThat(draft.getStatusCode()).isEqualTo(200);

    // 3. ... and publishes them, naming the draft they checked (If-Match).
    Result published =
        results.publishResult(AGENCY, ASSESSMENT_YEAR, etag(draft.getHeaders()), Round.FINAL);
    assertThat(published.getStatus()).isEqualTo(ResultStatus.PUBLISHED);
    assertThat(published.getOverall().getScore()).isEqualByComparingTo("69.80");

    // 4. The agency's officer waits for the gap list the published result becomes in
    // measures-service.
    String officer = "agency-officer";
    PlansApi plans = new PlansApi(clients.measures(officer, AGENCY));
    GapList gaps =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(() -> plans.getGapList(AGENCY, PLAN_YEAR, null, null), g -> g != null);
    assertThat(gaps.getAssessmentYear()).isEqualTo(ASSESSMENT_YEAR);
    assertThat(gaps.getOverallScore()).isEqualByComparingTo("69.80");
    var e9 =
        gaps.getGaps().stream().filter(g -> g.getCode().equals("e9")).findFirst().orElseThrow();
    assertThat(e9.getScore()).isEqualByComparingTo("43.33");

    // 5. A plan with two measures, each with quarterly milestones. The agency reaches
    // measures-service on a topic of its own, which may come after the result's: until it has, the
    // plan's agency is unknown there (404).
    PlanInput planInput =
        new PlanInput()
            .assessmentYear(ASSESSMENT_YEAR)
            .titleTh("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568")
            .limitations("ภารกิจด้านการต่างประเทศมีผู้รับบริการจำนวนจำกัด");
    Plan plan =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptionsMatching(e -> e instanceof ApiException api && api.getCode() == 404)
            .until(() -> plans.putPlan(AGENCY, PLAN_YEAR, planInput, null), p -> p != null);
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
    Measure manual =
        plans.addMeasure(
            AGENCY,
            PLAN_YEAR,
            new MeasureInput()
                .issue(1)
                .addTargetQuestionsItem(
                    new TargetQuestion().code("o10").score(new BigDecimal("0.00")))
                .titleTh("การจัดทำคู่มือหรือแนวทางการปฏิบัติงานสำหรับเจ้าหน้าที่")
                .periodStart(LocalDate.of(2024, 10, 1))
                .periodEnd(LocalDate.of(2025, 9, 30))
                .addResponsibleUnitsItem("สำนักงานเลขานุการกรมอาเซียน")
                .addMilestonesItem(
                    milestone(FiscalQuarter.Q1, "เลือกภารกิจและรวบรวมระเบียบที่เกี่ยวข้อง"))
                .addMilestonesItem(milestone(FiscalQuarter.Q2, "จัดทำร่างคู่มือและเวียนขอความเห็น"))
                .addMilestonesItem(milestone(FiscalQuarter.Q3, "ประกาศใช้คู่มือ"))
                .addMilestonesItem(milestone(FiscalQuarter.Q4, "ทบทวนการใช้คู่มือและรายงานผล")));
    Measure grievances =
        plans.addMeasure(
            AGENCY,
            PLAN_YEAR,
            new MeasureInput()
                .issue(4)
                .addTargetQuestionsItem(new TargetQuestion().code("e9").score(e9.getScore()))
                .titleTh("การเปิดช่องทางรับเรื่องร้องเรียนการทุจริตและแจ้งผลการดำเนินการ")
                .periodStart(LocalDate.of(2025, 1, 1))
                .periodEnd(LocalDate.of(2025, 6, 30))
                .addResponsibleUnitsItem("กลุ่มงานตรวจสอบภายใน")
                .addMilestonesItem(
                    milestone(FiscalQuarter.Q2, "เปิดช่องทางรับเรื่องร้องเรียนทางเว็บไซต์"))
                .addMilestonesItem(
                    milestone(FiscalQuarter.Q3, "เผยแพร่ผลการดำเนินการเรื่องร้องเรียน")));
    assertThat(manual.getMilestones())
        .extracting(m -> m.getQuarter().getValue())
        .containsExactly("Q1", "Q2", "Q3", "Q4");

    // The head of the agency approves the plan before work starts: its measures become PLANNED.
    PlansApi head = new PlansApi(clients.measures("agency-head", AGENCY));
    var draftPlan = plans.getPlanWithHttpInfo(AGENCY, PLAN_YEAR);
    Plan approved =
        head.approvePlan(
            AGENCY,
            PLAN_YEAR,
            etag(draftPlan.getHeaders()),
            new ApprovalInput()
                .approverNameTh("นางสาวสมหญิง ตั้งใจ")
                .approverPositionTh("ผู้อำนวยการสำนัก"));
    assertThat(approved.getApproval().getApproverPositionTh()).isEqualTo("ผู้อำนวยการสำนัก");
    assertThat(approved.getMeasures())
        .extracting(Measure::getStatus)
        .containsOnly(MeasureStatus.PLANNED);

    // 6. The first measure starts.
    MeasuresApi measures = new MeasuresApi(clients.measures(officer, AGENCY));
    var planned = measures.getMeasureWithHttpInfo(manual.getId());
    Measure started =
        measures.changeMeasureStatus(
            manual.getId(),
            new StatusChangeRequest()
                .to(MeasureStatus.IN_PROGRESS.getValue())
                .note("เริ่มรวบรวมระเบียบ"),
            etag(planned.getHeaders()));
    assertThat(started.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);

    // 7. Evidence of what was done in Q1.
    UUID q1 = started.getMilestones().get(0).getId();
    Evidence evidence =
        measures.addEvidence(
            manual.getId(),
            new EvidenceInput()
                .milestoneId(q1)
                .occurredOn(LocalDate.of(2024, 11, 20))
                .titleTh("ประชุมหารือระเบียบที่เกี่ยวข้องกับกอง/สำนัก")
                .description("รวบรวมระเบียบ 12 ฉบับ")
                .addLinksItem(
                    new EvidenceLink()
                        .url("https://asean.mfa.go.th/th/content/ita-2568")
                        .title("รายงานการประชุม")));
    assertThat(evidence.getMeasureId()).isEqualTo(manual.getId());

    // 8. The plan is published.
    var approvedPlan = plans.getPlanWithHttpInfo(AGENCY, PLAN_YEAR);
    Plan publishedPlan = plans.publishPlan(AGENCY, PLAN_YEAR, etag(approvedPlan.getHeaders()));
    assertThat(publishedPlan.getStatus()).isEqualTo(PlanStatus.PUBLISHED);

    // 9. reporting-service built the measures document from the events: as data ...
    ReportsApi reports = new ReportsApi(clients.reporting("viewer"));
    MeasuresDocument document =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () -> reports.getMeasuresDocument(AGENCY, PLAN_YEAR, null, null, null),
                d ->
                    d.getResult() != null // the result comes on a topic of its own
                        && Boolean.TRUE.equals(d.getPublished())
                        && d.getPlan().getMeasures().stream()
                            .anyMatch(m -> isInProgress(m) && !m.getEvidence().isEmpty()));
    assertThat(document.getResult().getOverall().getScore()).isEqualByComparingTo("69.80");
    assertThat(document.getResult().getFiscalYear()).isEqualTo(ASSESSMENT_YEAR);
    assertThat(document.getPlan().getMeasures())
        .extracting(DocumentMeasure::getTitleTh)
        .containsExactly(manual.getTitleTh(), grievances.getTitleTh());
    assertThat(document.getPlan().getMeasures().get(0).getMilestones()).hasSize(4);

    // ... and as the PDF an agency publishes.
    File pdf = reports.getMeasuresDocumentFile(AGENCY, PLAN_YEAR, "pdf", null, null);
    byte[] bytes = Files.readAllBytes(pdf.toPath());
    // Kept for a person to look at: the packaged service renders with its own fonts and classpath.
    Files.write(
        RunningPlatform.PROJECT.resolve("system-tests/target/journey-measures-document.pdf"),
        bytes);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains(
              "69.80",
              "43.33",
              squash(manual.getTitleTh()),
              squash(grievances.getTitleTh()),
              squash("ประจำปีงบประมาณ พ.ศ. 2568"));
    }
  }

  private static MilestoneInput milestone(FiscalQuarter quarter, String activity) {
    return new MilestoneInput().quarter(quarter).activity(activity);
  }

  /**
   * Whether the document shows the measure in progress, as it was set through measures-service. The
   * reporting client has its own MeasureStatus, so the two are compared by their wire value.
   */
  private static boolean isInProgress(DocumentMeasure measure) {
    return measure.getStatus() != null
        && MeasureStatus.IN_PROGRESS.getValue().equals(measure.getStatus().getValue());
  }

  /** The ETag a response carried, to send back as If-Match. */
  private static String etag(Map<String, List<String>> headers) {
    List<String> values = headers.get("ETag");
    assertThat(values).as("ETag header").isNotEmpty();
    return values.get(0);
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
