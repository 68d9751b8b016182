package th.ita.reporting.event;

import static th.ita.platform.common.consumer.EventFields.array;
import static th.ita.platform.common.consumer.EventFields.fiscalYear;
import static th.ita.platform.common.consumer.EventFields.integer;
import static th.ita.platform.common.consumer.EventFields.object;
import static th.ita.platform.common.consumer.EventFields.oneOf;
import static th.ita.platform.common.consumer.EventFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.EventFields;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.consumer.UnreadableEventException;
import th.ita.platform.common.event.EventTypes;
import th.ita.reporting.mapping.SnapshotJson;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * Checks an event and reduces it to a {@link Snapshot}, touching no database, so that a rebuild can
 * skip an unreadable event without spoiling its transaction.
 *
 * <p>An event is unreadable when it is not JSON, lacks a field the projection keys or orders on, or
 * has a field of the wrong shape for the documents. Reading the whole snapshot into the document
 * records here (for version 2, joined to its framework version, which the read model keeps) means a
 * stored snapshot can always be rendered later.
 */
@ApplicationScoped
public class EventReader {

  /** Every type the projections apply and record in the inbox; a rebuild forgets exactly these. */
  public static final List<String> PROJECTED =
      List.of(
          EventTypes.FRAMEWORK_PUBLISHED,
          EventTypes.RESULT_PUBLISHED,
          EventTypes.PLAN_APPROVED,
          EventTypes.PLAN_PUBLISHED,
          EventTypes.MEASURE_STATUS_CHANGED,
          EventTypes.MILESTONE_STATUS_CHANGED,
          EventTypes.EVIDENCE_RECORDED);

  /** The {@code dataschema} of ResultPublished's version 2; version 1 has none. */
  public static final String RESULT_V2 = "urn:ita:events:result-published:v2";

  private static final Set<String> ROUNDS = Set.of("FINAL", "INTERIM");
  private static final Set<String> PLAN_STATUSES = Set.of("APPROVED", "PUBLISHED");

  private final SnapshotJson json;

  public EventReader(SnapshotJson json) {
    this.json = json;
  }

  /** The snapshot, or empty for a type the projections do not use (so the event is ignored). */
  public Optional<Snapshot> read(ConsumedEvent event) {
    if (event.type() == null || !PROJECTED.contains(event.type())) {
      return Optional.empty();
    }
    IdempotentConsumer.requireId(event);
    try {
      JsonNode data = EventFields.data(json.mapper(), event);
      return Optional.of(
          switch (event.type()) {
            case EventTypes.RESULT_PUBLISHED ->
                event.dataSchema() == null ? result(event, data) : slimResult(event, data);
            case EventTypes.FRAMEWORK_PUBLISHED -> framework(event, data);
            case EventTypes.PLAN_APPROVED, EventTypes.PLAN_PUBLISHED -> plan(event, data);
            case EventTypes.EVIDENCE_RECORDED ->
                new Snapshot.EvidenceRecorded(
                    event, measure(event, object(event, data, "measure")));
            default -> measureChanged(event, data);
          });
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          event.describe() + " has a field of the wrong type: " + e.getOriginalMessage(), e);
    }
  }

  private Snapshot.Result result(ConsumedEvent event, JsonNode data)
      throws JsonProcessingException {
    text(event, data, "agencyCode");
    fiscalYear(event, data, "fiscalYear");
    oneOf(event, data, "round", ROUNDS);
    if (integer(event, data, "revision") < 1) {
      throw event.unreadable("revision must be 1 or more");
    }
    object(event, data, "overall");
    ResultData result = json.convert(data, ResultData.class);
    return new Snapshot.Result(event, withCode(result), event.data(), null);
  }

  /**
   * Version 2: checked here like version 1, its figures when joined (see {@link Projector}). A
   * version this service does not know is unreadable rather than misread.
   */
  private Snapshot.SlimResult slimResult(ConsumedEvent event, JsonNode data) {
    if (!event.follows(RESULT_V2)) {
      throw event.unreadable("has the dataschema " + event.dataSchema() + ", unknown here");
    }
    text(event, data, "agencyCode");
    int fiscalYear = fiscalYear(event, data, "fiscalYear");
    long frameworkVersion = integer(event, data, "frameworkVersion");
    oneOf(event, data, "round", ROUNDS);
    if (integer(event, data, "revision") < 1) {
      throw event.unreadable("revision must be 1 or more");
    }
    object(event, data, "questions");
    return new Snapshot.SlimResult(event, fiscalYear, frameworkVersion, data);
  }

  private Snapshot.Framework framework(ConsumedEvent event, JsonNode data) {
    int fiscalYear = fiscalYear(event, data, "fiscalYear");
    long version = integer(event, data, "version");
    array(event, data, "tools");
    array(event, data, "indicators");
    array(event, data, "questions");
    array(event, data, "levels");
    return new Snapshot.Framework(event, fiscalYear, version, event.data());
  }

  /**
   * A version 2 result joined to framework version {@code frameworkVersion}, read as a version 1
   * result is; the read model stores the event's own data and the version.
   */
  public Snapshot.Result joined(ConsumedEvent event, JsonNode joined, long frameworkVersion) {
    try {
      return new Snapshot.Result(
          event, withCode(json.convert(joined, ResultData.class)), event.data(), frameworkVersion);
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          event.describe() + " has a field of the wrong type: " + e.getOriginalMessage(), e);
    }
  }

  private Snapshot.Plan plan(ConsumedEvent event, JsonNode data) throws JsonProcessingException {
    text(event, data, "id");
    String agency = code(text(event, data, "agencyCode"));
    int fiscalYear = fiscalYear(event, data, "fiscalYear");
    fiscalYear(event, data, "assessmentYear");
    oneOf(event, data, "status", PLAN_STATUSES);
    integer(event, data, "version");
    JsonNode measures = array(event, data, "measures");
    PlanData plan = json.convert(data, PlanData.class);
    List<Snapshot.Measure> snapshots = new ArrayList<>();
    for (JsonNode m : measures) {
      Snapshot.Measure measure = measure(event, m);
      if (!measure.measure().planId().equals(plan.id())
          || !measure.agencyCode().equals(agency)
          || measure.fiscalYear() != fiscalYear) {
        throw event.unreadable("measure " + measure.measure().id() + " belongs to another plan");
      }
      snapshots.add(measure);
    }
    return new Snapshot.Plan(event, plan, agency, event.data(), snapshots);
  }

  private Snapshot.MeasureChanged measureChanged(ConsumedEvent event, JsonNode data)
      throws JsonProcessingException {
    Snapshot.Measure measure = measure(event, object(event, data, "measure"));
    JsonNode change = object(event, data, "change");
    text(event, change, "to");
    text(event, change, "changedBy");
    text(event, change, "changedAt");
    return new Snapshot.MeasureChanged(event, measure, json.convert(change, Snapshot.Change.class));
  }

  private Snapshot.Measure measure(ConsumedEvent event, JsonNode m) throws JsonProcessingException {
    if (!m.isObject()) {
      throw event.unreadable("a measure must be an object");
    }
    text(event, m, "id");
    text(event, m, "planId");
    String agency = code(text(event, m, "agencyCode"));
    int fiscalYear = fiscalYear(event, m, "fiscalYear");
    integer(event, m, "ordinal");
    text(event, m, "status");
    integer(event, m, "version");
    for (JsonNode milestone : array(event, m, "milestones")) {
      text(event, milestone, "id");
      integer(event, milestone, "version");
    }
    return new Snapshot.Measure(
        json.convert(m, MeasureData.class), agency, fiscalYear, json.write(m));
  }

  private static ResultData withCode(ResultData r) {
    return new ResultData(
        code(r.agencyCode()),
        r.agencyNameTh(),
        r.agencyNameEn(),
        r.fiscalYear(),
        r.round(),
        r.revision(),
        r.overall(),
        r.tools(),
        r.indicators(),
        r.questions(),
        r.respondents(),
        r.discrepancies(),
        r.source(),
        r.correctionReason(),
        r.publishedAt(),
        r.target(),
        r.thresholds(),
        r.officialStanding(),
        r.levelBands());
  }

  /** Registry codes are upper case; the projection keys on them as such. */
  static String code(String agencyCode) {
    return agencyCode.trim().toUpperCase(Locale.ROOT);
  }
}
