package th.ita.reporting.mapping;

import th.ita.reporting.domain.DeliveryEntry;
import th.ita.reporting.domain.WebhookDelivery;
import th.ita.reporting.domain.WebhookSubscription;
import th.ita.reporting.rest.view.WebhookDeliveryView;
import th.ita.reporting.rest.view.WebhookSubscriptionView;

/** Webhook subscriptions and deliveries as the API shows them. */
public final class WebhookViews {

  private WebhookViews() {}

  /** {@code secret} in clear only at creation and rotation; null otherwise. */
  public static WebhookSubscriptionView subscription(WebhookSubscription s, String secret) {
    return new WebhookSubscriptionView(
        s.id,
        s.url,
        s.eventTypes(),
        s.agencyCode,
        s.ministryCode,
        s.description,
        s.status.name(),
        s.pausedReason,
        s.pausedAt,
        secret,
        s.owner,
        s.createdAt,
        s.updatedAt);
  }

  public static WebhookDeliveryView delivery(DeliveryEntry entry) {
    WebhookDelivery d = entry.delivery();
    return new WebhookDeliveryView(
        d.id,
        d.eventId,
        entry.eventType(),
        d.agencyCode.isEmpty() ? null : d.agencyCode,
        d.state.name(),
        d.attempts,
        d.lastStatus,
        d.lastLatencyMs,
        d.lastError,
        d.lastAttemptAt,
        d.nextAttemptAt,
        d.deliveredAt,
        d.createdAt);
  }
}
