package th.ita.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.WebhookDelivery;
import th.ita.reporting.domain.WebhookEvent;
import th.ita.reporting.domain.WebhookSubscription;
import th.ita.reporting.repository.WebhookRepository;

/**
 * Turns one consumed event into a delivery for each subscription that wants it, in the consumer's
 * transaction (with its inbox entry), so an event is queued for its subscribers exactly once.
 * Paused subscriptions get theirs too: they go out on resume.
 */
@ApplicationScoped
public class WebhookFanOut {

  /** An event as it came from Kafka: its CloudEvents attributes and JSON data. */
  public record Incoming(
      String id,
      String topic,
      String type,
      String source,
      String subject,
      OffsetDateTime time,
      String dataSchema,
      String data) {}

  private final WebhookRepository repository;
  private final ObjectMapper json;
  private final Clock clock;

  public WebhookFanOut(WebhookRepository repository, ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  /** Answers how many deliveries were queued. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int fanOut(Incoming event) {
    // Most events have no subscriber: asked first, so that they are neither parsed nor looked up.
    if (!repository.anySubscribedTo(event.type())) {
      return 0;
    }
    String agency = agencyOf(event.data());
    String ministry = null;
    if (agency != null) {
      DirectoryAgency entry = DirectoryAgency.findById(agency);
      ministry = entry == null ? null : entry.ministryCode;
    }
    // An event of no agency (a framework's texts) is public and goes to every subscriber of its
    // type, an agency's own subscriptions included.
    List<WebhookSubscription> subscribers =
        agency == null
            ? repository.subscribedTo(event.type())
            : repository.matching(event.type(), agency, ministry);
    if (subscribers.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = Stamps.now(clock);
    if (WebhookEvent.findById(event.id()) == null) {
      WebhookEvent e = new WebhookEvent();
      e.id = event.id();
      e.topic = event.topic();
      e.type = event.type();
      e.source = event.source() == null ? "" : event.source();
      e.subject = event.subject();
      e.time = event.time();
      e.dataSchema = event.dataSchema();
      e.agencyCode = agency;
      e.data = event.data();
      e.receivedAt = now;
      e.persist();
    }
    int queued = 0;
    for (WebhookSubscription s : subscribers) {
      if (WebhookDelivery.count("subscriptionId = ?1 and eventId = ?2", s.id, event.id()) > 0) {
        continue;
      }
      WebhookDelivery d = new WebhookDelivery();
      d.id = UUID.randomUUID();
      d.subscriptionId = s.id;
      d.eventId = event.id();
      d.agencyCode = agency == null ? "" : agency;
      d.state = WebhookDelivery.State.PENDING;
      d.nextAttemptAt = now;
      d.createdAt = now;
      d.persist();
      queued++;
    }
    return queued;
  }

  /**
   * The agency an event is about: {@code agencyCode} in results and plans, the measure's in measure
   * events, {@code code} in the registry's.
   */
  private String agencyOf(String data) {
    try {
      JsonNode node = json.readTree(data == null ? "" : data);
      if (node == null) {
        return null;
      }
      for (JsonNode candidate :
          List.of(
              node.path("agencyCode"),
              node.path("measure").path("agencyCode"),
              node.path("code"))) {
        if (candidate.isTextual() && !candidate.asText().isBlank()) {
          return candidate.asText().trim();
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
