package th.ita.reporting.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.platform.testing.EventContract.Read.optional;
import static th.ita.platform.testing.EventContract.Read.required;
import static th.ita.platform.testing.EventContract.Type.ARRAY;
import static th.ita.platform.testing.EventContract.Type.BOOLEAN;
import static th.ita.platform.testing.EventContract.Type.INTEGER;
import static th.ita.platform.testing.EventContract.Type.NUMBER;
import static th.ita.platform.testing.EventContract.Type.OBJECT;
import static th.ita.platform.testing.EventContract.Type.STRING;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.EventContract;
import th.ita.platform.testing.EventContract.Read;

/**
 * What {@code EventReader} reads from each event it projects, held against the producers' schemas:
 * required where it throws the event out as unreadable without the field (its checks), optional
 * where it binds the field into {@code ResultData}, {@code PlanData} or {@code MeasureData} for the
 * documents (a field of the wrong type also makes the event unreadable).
 */
class EventReaderContractTest {

  private static final String ASSESSMENT = "../assessment-service/src/main/resources/events/";
  private static final String MEASURES = "../measures-service/src/main/resources/events/";

  /** ResultPublished: EventReader.result and ResultData. */
  static final List<Read> RESULT =
      List.of(
          required("/agencyCode", STRING),
          required("/fiscalYear", INTEGER),
          required("/round", STRING),
          required("/revision", INTEGER),
          required("/overall", OBJECT),
          optional("/agencyNameTh", STRING),
          optional("/agencyNameEn", STRING),
          optional("/overall/score", NUMBER),
          optional("/overall/official", NUMBER),
          optional("/overall/computed", NUMBER),
          optional("/overall/level", OBJECT),
          optional("/overall/level/code", STRING),
          optional("/overall/level/nameTh", STRING),
          optional("/overall/level/nameEn", STRING),
          optional("/tools", ARRAY),
          optional("/tools/*/code", STRING),
          optional("/tools/*/nameTh", STRING),
          optional("/tools/*/nameEn", STRING),
          optional("/tools/*/weight", NUMBER),
          optional("/tools/*/score", NUMBER),
          optional("/tools/*/official", NUMBER),
          optional("/tools/*/computed", NUMBER),
          optional("/tools/*/parts", ARRAY),
          optional("/tools/*/parts/*/code", STRING),
          optional("/tools/*/parts/*/nameTh", STRING),
          optional("/tools/*/parts/*/nameEn", STRING),
          optional("/tools/*/parts/*/score", NUMBER),
          optional("/tools/*/parts/*/official", NUMBER),
          optional("/tools/*/parts/*/computed", NUMBER),
          optional("/indicators", ARRAY),
          optional("/indicators/*/number", INTEGER),
          optional("/indicators/*/tool", STRING),
          optional("/indicators/*/nameTh", STRING),
          optional("/indicators/*/nameEn", STRING),
          optional("/indicators/*/score", NUMBER),
          optional("/indicators/*/official", NUMBER),
          optional("/indicators/*/computed", NUMBER),
          optional("/indicators/*/parts", OBJECT),
          optional("/indicators/*/subGroups", ARRAY),
          optional("/indicators/*/subGroups/*/code", STRING),
          optional("/indicators/*/subGroups/*/nameTh", STRING),
          optional("/indicators/*/subGroups/*/nameEn", STRING),
          optional("/indicators/*/subGroups/*/score", NUMBER),
          optional("/questions", ARRAY),
          optional("/questions/*/code", STRING),
          optional("/questions/*/tool", STRING),
          optional("/questions/*/indicator", INTEGER),
          optional("/questions/*/subGroup", STRING),
          optional("/questions/*/textTh", STRING),
          optional("/questions/*/textEn", STRING),
          optional("/questions/*/issues", ARRAY),
          optional("/questions/*/issues/*", INTEGER),
          optional("/questions/*/score", NUMBER),
          optional("/questions/*/parts", OBJECT),
          optional("/questions/*/subItems", ARRAY),
          optional("/questions/*/subItems/*", NUMBER),
          optional("/respondents", ARRAY),
          optional("/respondents/*/tool", STRING),
          optional("/respondents/*/part", STRING),
          optional("/respondents/*/count", INTEGER),
          optional("/discrepancies", ARRAY),
          optional("/discrepancies/*/figure", STRING),
          optional("/discrepancies/*/official", NUMBER),
          optional("/discrepancies/*/computed", NUMBER),
          optional("/discrepancies/*/difference", NUMBER),
          optional("/source", STRING),
          optional("/correctionReason", STRING),
          optional("/publishedAt", STRING));

  /**
   * A measure's snapshot, wherever it comes (EventReader.measure, MeasureData and
   * Snapshot.Measure).
   */
  static final List<Read> MEASURE =
      List.of(
          required("/id", STRING),
          required("/planId", STRING),
          required("/agencyCode", STRING),
          required("/fiscalYear", INTEGER),
          required("/ordinal", INTEGER),
          required("/status", STRING),
          required("/version", INTEGER),
          required("/milestones", ARRAY),
          required("/milestones/*/id", STRING),
          required("/milestones/*/version", INTEGER),
          optional("/milestones/*/quarter", STRING),
          optional("/milestones/*/quarterTh", STRING),
          optional("/milestones/*/dueDate", STRING),
          optional("/milestones/*/activity", STRING),
          optional("/milestones/*/output", STRING),
          optional("/milestones/*/status", STRING),
          optional("/milestones/*/completedOn", STRING),
          optional("/milestones/*/editorial", BOOLEAN),
          optional("/issue", INTEGER),
          optional("/issueNameTh", STRING),
          optional("/tier", STRING),
          optional("/targetQuestions", ARRAY),
          optional("/targetQuestions/*/code", STRING),
          optional("/targetQuestions/*/score", NUMBER),
          optional("/titleTh", STRING),
          optional("/titleEn", STRING),
          optional("/rationale", STRING),
          optional("/steps", ARRAY),
          optional("/steps/*", STRING),
          optional("/periodStart", STRING),
          optional("/periodEnd", STRING),
          optional("/periodTh", STRING),
          optional("/periodEn", STRING),
          optional("/quarters", ARRAY),
          optional("/quarters/*", STRING),
          optional("/responsibleUnits", ARRAY),
          optional("/responsibleUnits/*", STRING),
          optional("/monitoring", STRING),
          optional("/reporting", OBJECT),
          optional("/reporting/to", STRING),
          optional("/reporting/everyMonths", INTEGER),
          optional("/reporting/note", STRING),
          optional("/frameCategory", STRING),
          optional("/knowledgeTopics", ARRAY),
          optional("/knowledgeTopics/*", STRING),
          optional("/percentComplete", INTEGER),
          optional("/evidence", ARRAY),
          optional("/evidence/*/id", STRING),
          optional("/evidence/*/milestoneId", STRING),
          optional("/evidence/*/occurredOn", STRING),
          optional("/evidence/*/occurredOnTh", STRING),
          optional("/evidence/*/startTime", STRING),
          optional("/evidence/*/endTime", STRING),
          optional("/evidence/*/titleTh", STRING),
          optional("/evidence/*/description", STRING),
          optional("/evidence/*/place", STRING),
          optional("/evidence/*/attendees", ARRAY),
          optional("/evidence/*/attendees/*", STRING),
          optional("/evidence/*/links", ARRAY),
          optional("/evidence/*/links/*/title", STRING),
          optional("/evidence/*/links/*/url", STRING),
          optional("/evidence/*/attachments", ARRAY),
          optional("/evidence/*/attachments/*/fileName", STRING),
          optional("/evidence/*/attachments/*/mediaType", STRING),
          optional("/evidence/*/attachments/*/sizeBytes", INTEGER),
          optional("/evidence/*/attachments/*/reference", STRING),
          optional("/evidence/*/recordedAt", STRING),
          optional("/evidence/*/recordedBy", STRING),
          optional("/updatedAt", STRING));

  /** PlanApproved and PlanPublished: EventReader.plan, PlanData, and each measure inside. */
  static final List<Read> PLAN =
      concat(
          List.of(
              required("/id", STRING),
              required("/agencyCode", STRING),
              required("/fiscalYear", INTEGER),
              required("/assessmentYear", INTEGER),
              required("/status", STRING),
              required("/version", INTEGER),
              required("/measures", ARRAY),
              optional("/titleTh", STRING),
              optional("/titleEn", STRING),
              optional("/limitations", STRING),
              optional("/approvedAt", STRING),
              optional("/publishedAt", STRING),
              optional("/publishedOn", STRING),
              optional("/approval", OBJECT),
              optional("/approval/approverNameTh", STRING),
              optional("/approval/approverPositionTh", STRING),
              optional("/approval/approvedOn", STRING),
              optional("/approval/recordedBy", STRING)),
          under("/measures/*", MEASURE));

  /**
   * MeasureStatusChanged and MilestoneStatusChanged: EventReader.measureChanged and
   * Snapshot.Change.
   */
  static final List<Read> MEASURE_CHANGED =
      concat(
          List.of(
              required("/measure", OBJECT),
              required("/change", OBJECT),
              required("/change/to", STRING),
              required("/change/changedBy", STRING),
              required("/change/changedAt", STRING),
              optional("/change/from", STRING),
              optional("/change/note", STRING),
              optional("/change/milestoneId", STRING)),
          under("/measure", MEASURE));

  /** EvidenceRecorded: only the measure's snapshot (it holds the new entry too). */
  static final List<Read> EVIDENCE_RECORDED =
      concat(List.of(required("/measure", OBJECT)), under("/measure", MEASURE));

  /**
   * What reporting reads from ResultPublished to measure the result in the agency's documents: the
   * target and tier thresholds it was published with.
   */
  static final List<Read> RESULT_MEASURED_AGAINST =
      List.of(
          optional("/target", OBJECT),
          optional("/target/score", NUMBER),
          optional("/target/source", STRING),
          optional("/thresholds", OBJECT),
          optional("/thresholds/keepAbove", NUMBER),
          optional("/thresholds/urgentBelow", NUMBER));

  @Test
  void resultPublishedTargetAndThresholds() {
    assertThat(
            EventContract.violations(
                Path.of(ASSESSMENT + "result-published.schema.json"), RESULT_MEASURED_AGAINST))
        .isEmpty();
  }

  /**
   * ResultPublished version 2: EventReader.slimResult's checks and ResultJoin's reads (the scores
   * under {@code questions} and {@code indicators} are read by each key).
   */
  static final List<Read> RESULT_V2 =
      List.of(
          required("/agencyCode", STRING),
          required("/fiscalYear", INTEGER),
          required("/frameworkVersion", INTEGER),
          required("/round", STRING),
          required("/revision", INTEGER),
          required("/questions", OBJECT),
          optional("/agencyNameTh", STRING),
          optional("/agencyNameEn", STRING),
          optional("/overall", NUMBER),
          optional("/level", STRING),
          optional("/tools", OBJECT),
          optional("/tools/IIT", NUMBER),
          optional("/tools/EIT", NUMBER),
          optional("/tools/OIT", NUMBER),
          optional("/toolParts", OBJECT),
          optional("/toolParts/EIT/PUBLIC", NUMBER),
          optional("/toolParts/EIT/SURVEY", NUMBER),
          optional("/indicators", OBJECT),
          optional("/official", OBJECT),
          optional("/official/overall", NUMBER),
          optional("/official/tools/EIT", NUMBER),
          optional("/official/toolParts/EIT/PUBLIC", NUMBER),
          optional("/official/indicators", OBJECT),
          optional("/respondents", ARRAY),
          optional("/discrepancies", ARRAY),
          optional("/source", STRING),
          optional("/correctionReason", STRING),
          optional("/publishedAt", STRING),
          optional("/target/score", NUMBER),
          optional("/thresholds/keepAbove", NUMBER));

  /** FrameworkPublished: EventReader.framework's checks and ResultJoin's reads. */
  static final List<Read> FRAMEWORK =
      List.of(
          required("/fiscalYear", INTEGER),
          required("/version", INTEGER),
          required("/tools", ARRAY),
          required("/indicators", ARRAY),
          required("/questions", ARRAY),
          required("/levels", ARRAY),
          required("/tools/*/code", STRING),
          required("/tools/*/nameTh", STRING),
          optional("/tools/*/nameEn", STRING),
          required("/tools/*/weight", NUMBER),
          required("/tools/*/parts", ARRAY),
          required("/tools/*/parts/*/code", STRING),
          required("/tools/*/parts/*/nameTh", STRING),
          required("/indicators/*/number", INTEGER),
          required("/indicators/*/tool", STRING),
          required("/indicators/*/nameTh", STRING),
          required("/indicators/*/subGroups", ARRAY),
          required("/indicators/*/subGroups/*/code", STRING),
          required("/indicators/*/subGroups/*/nameTh", STRING),
          required("/questions/*/code", STRING),
          required("/questions/*/tool", STRING),
          required("/questions/*/indicator", INTEGER),
          optional("/questions/*/subGroup", STRING),
          optional("/questions/*/textTh", STRING),
          optional("/questions/*/textEn", STRING),
          required("/questions/*/issues", ARRAY),
          required("/levels/*/code", STRING),
          required("/levels/*/nameTh", STRING),
          optional("/levels/*/nameEn", STRING));

  @Test
  void resultPublishedVersion2AndItsFramework() {
    assertThat(
            EventContract.violations(
                Path.of(ASSESSMENT + "result-published.v2.schema.json"), RESULT_V2))
        .isEmpty();
    assertThat(
            EventContract.violations(
                Path.of(ASSESSMENT + "framework-published.schema.json"), FRAMEWORK))
        .isEmpty();
  }

  @Test
  void resultPublished() {
    assertThat(
            EventContract.violations(Path.of(ASSESSMENT + "result-published.schema.json"), RESULT))
        .isEmpty();
  }

  @Test
  void planApprovedAndPublished() {
    assertThat(EventContract.violations(Path.of(MEASURES + "plan.schema.json"), PLAN)).isEmpty();
  }

  @Test
  void measureAndMilestoneStatusChanged() {
    assertThat(
            EventContract.violations(
                Path.of(MEASURES + "measure-changed.schema.json"), MEASURE_CHANGED))
        .isEmpty();
  }

  @Test
  void evidenceRecorded() {
    assertThat(
            EventContract.violations(
                Path.of(MEASURES + "evidence-recorded.schema.json"), EVIDENCE_RECORDED))
        .isEmpty();
  }

  private static List<Read> under(String prefix, List<Read> reads) {
    return reads.stream().map(r -> r.under(prefix)).toList();
  }

  private static List<Read> concat(List<Read> a, List<Read> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toCollection(ArrayList::new));
  }
}
