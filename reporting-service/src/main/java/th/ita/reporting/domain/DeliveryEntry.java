package th.ita.reporting.domain;

/** A delivery with the type of the event it carries, as the delivery log lists it. */
public record DeliveryEntry(WebhookDelivery delivery, String eventType) {}
