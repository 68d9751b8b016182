package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.reporting.domain.DeliveryEntry;
import th.ita.reporting.domain.WebhookDelivery;
import th.ita.reporting.domain.WebhookSubscription;

/** The webhook queries that are more than a finder: matching, the delivery queue, the log. */
@ApplicationScoped
public class WebhookRepository {

  /**
   * The next delivery that may go out now, locked for the caller's transaction: pending and due,
   * its subscription active, and no older pending delivery of the same subscription and agency
   * (which must go first). {@code SKIP LOCKED}: replicas take different deliveries, and while one
   * is being sent (its row locked, still pending) the ones behind it wait.
   */
  public Optional<UUID> lockNextDue(OffsetDateTime now) {
    List<?> ids =
        em().createNativeQuery(
                """
                SELECT d.id FROM webhook_delivery d
                  JOIN webhook_subscription s ON s.id = d.subscription_id
                 WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?1 AND s.status = 'ACTIVE'
                   AND NOT EXISTS (SELECT 1 FROM webhook_delivery p
                                    WHERE p.subscription_id = d.subscription_id
                                      AND p.agency_code = d.agency_code
                                      AND p.state = 'PENDING' AND p.seq < d.seq)
                 ORDER BY d.next_attempt_at, d.seq
                 LIMIT 1
                 FOR UPDATE OF d SKIP LOCKED""")
            .setParameter(1, now)
            .getResultList();
    return ids.stream().findFirst().map(id -> (UUID) id);
  }

  /**
   * True when any subscription, whatever its agency, ministry or status, wants this type. Asked of
   * every event, so in SQL: Panache's count builds its query anew at every call.
   */
  public boolean anySubscribedTo(String type) {
    return (Boolean)
        em().createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM webhook_subscription"
                    + " WHERE ',' || event_types || ',' LIKE ?1)")
            .setParameter(1, listing(type))
            .getSingleResult();
  }

  /** The LIKE pattern of a type in a subscription's comma-separated types, commas added round. */
  private static String listing(String type) {
    return "%," + type + ",%";
  }

  /** Every subscription to this type, whatever its agency or ministry. */
  public List<WebhookSubscription> subscribedTo(String type) {
    return WebhookSubscription.<WebhookSubscription>find(
            "concat(',', eventTypes, ',') like ?1", listing(type))
        .list();
  }

  /** The subscriptions that want an event of this type, agency and ministry. */
  public List<WebhookSubscription> matching(String type, String agencyCode, String ministryCode) {
    return WebhookSubscription.<WebhookSubscription>find(
            "(agencyCode is null or agencyCode = ?1) and (ministryCode is null or ministryCode = ?2)"
                + " and concat(',', eventTypes, ',') like ?3",
            agencyCode == null ? "" : agencyCode,
            ministryCode == null ? "" : ministryCode,
            listing(type))
        .list();
  }

  /** A subscription's deliveries, newest first, with their events' types. */
  public List<DeliveryEntry> deliveries(UUID subscriptionId, int page, int size) {
    return em().createQuery(
            "select new th.ita.reporting.domain.DeliveryEntry(d, e.type) from WebhookDelivery d,"
                + " WebhookEvent e where e.id = d.eventId and d.subscriptionId = ?1"
                + " order by d.seq desc",
            DeliveryEntry.class)
        .setParameter(1, subscriptionId)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countDeliveries(UUID subscriptionId) {
    return WebhookDelivery.count("subscriptionId", subscriptionId);
  }

  /**
   * Sends again every delivery of the subscription whose event arrived at or after {@code since}:
   * pending once more, from its first attempt. Answers how many.
   */
  public int redeliverSince(UUID subscriptionId, OffsetDateTime since, OffsetDateTime now) {
    return em().createNativeQuery(
            """
            UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?3
             WHERE subscription_id = ?1 AND created_at >= ?2""")
        .setParameter(1, subscriptionId)
        .setParameter(2, since)
        .setParameter(3, now)
        .executeUpdate();
  }

  /** On resume: the pending deliveries go at once rather than at their backed-off time. */
  public int pendingNow(UUID subscriptionId, OffsetDateTime now) {
    return em().createNativeQuery(
            "UPDATE webhook_delivery SET next_attempt_at = ?2 WHERE subscription_id = ?1"
                + " AND state = 'PENDING'")
        .setParameter(1, subscriptionId)
        .setParameter(2, now)
        .executeUpdate();
  }

  /**
   * Records a failed attempt against the subscription, without touching its version (the owner's
   * ETag): answers the failed attempts in a row and since when.
   */
  public void recordFailure(UUID subscriptionId, OffsetDateTime now) {
    em().createNativeQuery(
            "UPDATE webhook_subscription SET failed_attempts = failed_attempts + 1,"
                + " failing_since = coalesce(failing_since, ?2) WHERE id = ?1")
        .setParameter(1, subscriptionId)
        .setParameter(2, now)
        .executeUpdate();
  }

  /** Attempts failed in a row and since when, as {@link #recordFailure} left them. */
  public FailureRun failureRun(UUID subscriptionId) {
    Object[] row =
        (Object[])
            em().createNativeQuery(
                    "SELECT failed_attempts, failing_since FROM webhook_subscription WHERE id = ?1")
                .setParameter(1, subscriptionId)
                .getSingleResult();
    Object since = row[1];
    OffsetDateTime failingSince =
        since == null
            ? null
            : since instanceof OffsetDateTime odt
                ? odt
                : since instanceof Instant i
                    ? i.atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(since.toString());
    return new FailureRun(((Number) row[0]).intValue(), failingSince);
  }

  /** Failed attempts in a row, and the time of the first of them. */
  public record FailureRun(int attempts, OffsetDateTime since) {}

  /**
   * Pauses an active subscription for the platform, with the reason its owner will see; a new
   * version, so the owner's ETag moves on.
   */
  public boolean pause(UUID subscriptionId, String reason, OffsetDateTime now) {
    return em().createNativeQuery(
                "UPDATE webhook_subscription SET status = 'PAUSED', paused_reason = ?2,"
                    + " paused_at = ?3, updated_at = ?3, updated_by = 'platform',"
                    + " version = version + 1 WHERE id = ?1 AND status = 'ACTIVE'")
            .setParameter(1, subscriptionId)
            .setParameter(2, reason)
            .setParameter(3, now)
            .executeUpdate()
        == 1;
  }

  /** A success ends a subscription's run of failures. */
  public void recordSuccess(UUID subscriptionId) {
    em().createNativeQuery(
            "UPDATE webhook_subscription SET failed_attempts = 0, failing_since = NULL"
                + " WHERE id = ?1 AND (failed_attempts <> 0 OR failing_since IS NOT NULL)")
        .setParameter(1, subscriptionId)
        .executeUpdate();
  }

  /**
   * Forgets deliveries finished before {@code before}, and the events no delivery needs any more.
   */
  public int forgetFinished(OffsetDateTime before) {
    int deliveries =
        em().createNativeQuery(
                "DELETE FROM webhook_delivery WHERE state <> 'PENDING' AND created_at < ?1")
            .setParameter(1, before)
            .executeUpdate();
    em().createNativeQuery(
            "DELETE FROM webhook_event e WHERE e.received_at < ?1 AND NOT EXISTS"
                + " (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)")
        .setParameter(1, before)
        .executeUpdate();
    return deliveries;
  }

  private static EntityManager em() {
    return Panache.getEntityManager();
  }
}
