package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import th.ita.platform.common.time.Stamps;

/**
 * Writes the read model. Each write is one upsert whose WHERE clause is the ordering rule, so the
 * check and the write are atomic: the plans and measures channels may race on the same measure row,
 * and neither can then replace a newer snapshot with an older one or fail on a duplicate key. Every
 * method answers whether it changed a row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProjectionRepository {

  private final Clock clock;

  public ProjectionRepository(Clock clock) {
    this.clock = clock;
  }

  /** When a snapshot was received, by the service's clock (in UTC, as the database shows it). */
  private OffsetDateTime now() {
    return Stamps.now(clock);
  }

  /**
   * A result as the read model keeps it: the event's data ({@code payload}), the framework version
   * it is joined to when read (null when the payload is whole), and what the dashboards aggregate
   * in SQL: its level's names and its indicators ({@code indicatorsJson}: number, tool, names and
   * the score that stands).
   */
  public record ResultRow(
      String agencyCode,
      int fiscalYear,
      String round,
      int revision,
      BigDecimal overallScore,
      String levelCode,
      String levelNameTh,
      String levelNameEn,
      OffsetDateTime publishedAt,
      Long frameworkVersion,
      String indicatorsJson,
      String payload) {}

  /**
   * Results: a higher revision replaces a lower one (the same revision again, too: it is the same
   * publication).
   */
  public boolean upsertResult(ResultRow r, String eventId) {
    return update(
        """
        INSERT INTO report_result (agency_code, fiscal_year, round, revision, overall_score, level_code, published_at,
                                   source_event_id, received_at, payload,
                                   framework_version, level_name_th, level_name_en, indicators)
        VALUES (?1, ?2, ?3, ?4, CAST(?5 AS numeric), CAST(?6 AS varchar), CAST(?7 AS timestamptz), ?8, CAST(?10 AS timestamptz), CAST(?9 AS jsonb),
                CAST(?11 AS bigint), CAST(?12 AS text), CAST(?13 AS text), CAST(?14 AS jsonb))
        ON CONFLICT (agency_code, fiscal_year, round) DO UPDATE SET
          revision = EXCLUDED.revision, overall_score = EXCLUDED.overall_score, level_code = EXCLUDED.level_code,
          published_at = EXCLUDED.published_at, source_event_id = EXCLUDED.source_event_id,
          received_at = EXCLUDED.received_at, payload = EXCLUDED.payload,
          framework_version = EXCLUDED.framework_version, level_name_th = EXCLUDED.level_name_th,
          level_name_en = EXCLUDED.level_name_en, indicators = EXCLUDED.indicators
        WHERE report_result.revision <= EXCLUDED.revision""",
        r.agencyCode(),
        r.fiscalYear(),
        r.round(),
        r.revision(),
        nullable(r.overallScore(), BigDecimal.class),
        nullable(r.levelCode(), String.class),
        nullable(r.publishedAt(), OffsetDateTime.class),
        eventId,
        r.payload(),
        now(),
        nullable(r.frameworkVersion(), Long.class),
        nullable(r.levelNameTh(), String.class),
        nullable(r.levelNameEn(), String.class),
        r.indicatorsJson());
  }

  /**
   * Plans: the producer's version grows with every change (approval, publication). The producer
   * allows one plan per agency and year; should another plan id ever come, it is taken as the plan
   * now, since versions of different plans cannot be compared.
   */
  public boolean upsertPlan(
      String agencyCode,
      int fiscalYear,
      UUID planId,
      int assessmentYear,
      String status,
      long version,
      OffsetDateTime publishedAt,
      PlanApproval approval,
      String eventId,
      String payload) {
    PlanApproval a = approval == null ? PlanApproval.NONE : approval;
    return update(
        """
        INSERT INTO report_plan (agency_code, fiscal_year, plan_id, assessment_year, status, plan_version, published_at,
                                 source_event_id, received_at, payload,
                                 approver_name_th, approver_position_th, approved_on, approval_recorded_by)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS timestamptz), ?8, CAST(?10 AS timestamptz), CAST(?9 AS jsonb),
                CAST(?11 AS text), CAST(?12 AS text), CAST(?13 AS date), CAST(?14 AS text))
        ON CONFLICT (agency_code, fiscal_year) DO UPDATE SET
          plan_id = EXCLUDED.plan_id, assessment_year = EXCLUDED.assessment_year, status = EXCLUDED.status,
          plan_version = EXCLUDED.plan_version, published_at = EXCLUDED.published_at,
          source_event_id = EXCLUDED.source_event_id, received_at = EXCLUDED.received_at, payload = EXCLUDED.payload,
          approver_name_th = EXCLUDED.approver_name_th, approver_position_th = EXCLUDED.approver_position_th,
          approved_on = EXCLUDED.approved_on, approval_recorded_by = EXCLUDED.approval_recorded_by
        WHERE report_plan.plan_id <> EXCLUDED.plan_id OR report_plan.plan_version <= EXCLUDED.plan_version""",
        agencyCode,
        fiscalYear,
        planId,
        assessmentYear,
        status,
        version,
        nullable(publishedAt, OffsetDateTime.class),
        eventId,
        payload,
        now(),
        nullable(a.nameTh(), String.class),
        nullable(a.positionTh(), String.class),
        nullable(a.approvedOn(), LocalDate.class),
        nullable(a.recordedBy(), String.class));
  }

  /** A plan's approval by the head of the agency, as the read model keeps it beside the payload. */
  public record PlanApproval(
      String nameTh, String positionTh, LocalDate approvedOn, String recordedBy) {
    static final PlanApproval NONE = new PlanApproval(null, null, null, null);
  }

  /**
   * Measures: ordered by (measure version, sum of milestone versions). Every change the producer
   * makes raises one of them: edits, status changes and recorded evidence the measure's version,
   * the overdue job a milestone's; removing milestones (drafts only) raises the measure's, which
   * counts first. An equal pair is the same snapshot again and may be written again.
   */
  public boolean upsertMeasure(
      UUID measureId,
      UUID planId,
      String agencyCode,
      int fiscalYear,
      int ordinal,
      String status,
      boolean overdue,
      long measureVersion,
      long milestonesVersion,
      String eventId,
      String payload) {
    return update(
        """
        INSERT INTO report_measure (measure_id, plan_id, agency_code, fiscal_year, ordinal, status, overdue,
                                    measure_version, milestones_version, source_event_id, received_at, payload)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?12 AS timestamptz), CAST(?11 AS jsonb))
        ON CONFLICT (measure_id) DO UPDATE SET
          plan_id = EXCLUDED.plan_id, agency_code = EXCLUDED.agency_code, fiscal_year = EXCLUDED.fiscal_year,
          ordinal = EXCLUDED.ordinal, status = EXCLUDED.status, overdue = EXCLUDED.overdue,
          measure_version = EXCLUDED.measure_version, milestones_version = EXCLUDED.milestones_version,
          source_event_id = EXCLUDED.source_event_id, received_at = EXCLUDED.received_at, payload = EXCLUDED.payload
        WHERE (report_measure.measure_version, report_measure.milestones_version)
           <= (EXCLUDED.measure_version, EXCLUDED.milestones_version)""",
        measureId,
        planId,
        agencyCode,
        fiscalYear,
        ordinal,
        status,
        overdue,
        measureVersion,
        milestonesVersion,
        eventId,
        payload,
        now());
  }

  /** A change is a fact with its own time: it is kept whatever the order it arrives in. */
  public boolean insertChange(
      String eventId,
      UUID measureId,
      UUID milestoneId,
      String from,
      String to,
      String note,
      String changedBy,
      OffsetDateTime changedAt) {
    return update(
        """
        INSERT INTO report_measure_change (event_id, measure_id, milestone_id, from_status, to_status, note, changed_by, changed_at)
        VALUES (?1, ?2, CAST(?3 AS uuid), CAST(?4 AS varchar), ?5, CAST(?6 AS text), ?7, ?8)
        ON CONFLICT (event_id) DO NOTHING""",
        eventId,
        measureId,
        nullable(milestoneId, UUID.class),
        nullable(from, String.class),
        to,
        nullable(note, String.class),
        changedBy,
        changedAt);
  }

  /**
   * Forgets the read model and the inbox entries of the projected event types, so a replay applies
   * every event again. DELETE rather than TRUNCATE: TRUNCATE would lock readers out until the
   * rebuild commits, DELETE lets them keep reading the old rows meanwhile.
   */
  public void clear(List<String> eventTypes) {
    EntityManager em = em();
    for (String table :
        List.of(
            "report_measure_change",
            "report_measure",
            "report_plan",
            "report_result",
            "report_framework")) {
      em.createNativeQuery("DELETE FROM " + table).executeUpdate();
    }
    em.createNativeQuery("DELETE FROM inbox_event WHERE event_type IN (:types)")
        .setParameter("types", eventTypes)
        .executeUpdate();
  }

  /**
   * A framework version with its texts; the first copy stays, as a version never changes. Answers
   * whether it was new.
   */
  public boolean insertFramework(int fiscalYear, long version, String eventId, String payload) {
    return update(
        """
        INSERT INTO report_framework (fiscal_year, version, source_event_id, received_at, payload)
        VALUES (?1, ?2, ?3, CAST(?5 AS timestamptz), CAST(?4 AS jsonb))
        ON CONFLICT (fiscal_year, version) DO NOTHING""",
        fiscalYear,
        version,
        eventId,
        payload,
        now());
  }

  /**
   * The version of the FrameworkPublished data a result of this framework version is joined to: the
   * newest version of its year from this one on, if one has arrived. A year's framework no longer
   * changes once a result is scored against it, so a later version of a year that has results only
   * corrects labels (a sub-group's name, an answer type: assessment-service's V10 and V11), and a
   * result shows them, whenever it arrives and after a rebuild.
   */
  public Optional<Long> frameworkVersion(int fiscalYear, long version) {
    // Without a result class: Hibernate keys its plans of native queries by their result mapping,
    // and one made for a class anew on each call misses that cache.
    List<?> rows =
        em().createNativeQuery(
                """
                SELECT version FROM report_framework
                WHERE fiscal_year = ?1 AND version >= ?2 ORDER BY version DESC LIMIT 1""")
            .setParameter(1, fiscalYear)
            .setParameter(2, version)
            .getResultList();
    return rows.stream().findFirst().map(v -> ((Number) v).longValue());
  }

  /**
   * The data of one stored FrameworkPublished; a version is stored once and never changes. Also
   * read outside a transaction: documents join stored results to it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String framework(int fiscalYear, long version) {
    return em().createNativeQuery(
            "SELECT CAST(payload AS text) FROM report_framework WHERE fiscal_year = ?1 AND version = ?2")
        .setParameter(1, fiscalYear)
        .setParameter(2, version)
        .getSingleResult()
        .toString();
  }

  /** Live consumers take this shared, per message; it fails at once while a rebuild holds it. */
  public boolean tryProjectionLockShared(long key) {
    return (Boolean)
        em().createNativeQuery("SELECT pg_try_advisory_xact_lock_shared(?1)")
            .setParameter(1, key)
            .getSingleResult();
  }

  /**
   * A rebuild takes it exclusively: it waits for messages being applied, then holds live ones off.
   */
  public void projectionLockExclusive(long key) {
    em().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
        .setParameter(1, key)
        .getSingleResult();
  }

  private boolean update(String sql, Object... params) {
    @SuppressWarnings("unchecked")
    NativeQuery<Object> query = em().createNativeQuery(sql).unwrap(NativeQuery.class);
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof Nullable<?> n) {
        bind(query, i + 1, n);
      } else {
        query.setParameter(i + 1, params[i]);
      }
    }
    return query.executeUpdate() > 0;
  }

  private static <T> void bind(NativeQuery<Object> query, int position, Nullable<T> n) {
    query.setParameter(position, n.value(), n.type());
  }

  /** A value that may be null: bound with its type, since a bare null tells the driver nothing. */
  private record Nullable<T>(T value, Class<T> type) {}

  private static <T> Nullable<T> nullable(T value, Class<T> type) {
    return new Nullable<>(value, type);
  }

  private static EntityManager em() {
    return Panache.getEntityManager();
  }
}
