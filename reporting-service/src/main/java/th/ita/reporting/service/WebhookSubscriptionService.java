package th.ita.reporting.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.DeliveryEntry;
import th.ita.reporting.domain.WebhookDelivery;
import th.ita.reporting.domain.WebhookEvent;
import th.ita.reporting.domain.WebhookSubscription;
import th.ita.reporting.repository.WebhookRepository;

/**
 * Webhook subscriptions, with access that follows the data: an agency's officers subscribe to their
 * own agency's events only; viewers, assessors and portals to the published, national events
 * ({@code ResultPublished}, {@code PlanPublished}); ita-admins to anything. Each caller sees only
 * the subscriptions they made (ita-admins all); anyone else's does not exist for them.
 */
@RequestScoped
public class WebhookSubscriptionService {

  /** Every event type a subscription may name. */
  public static final List<String> EVENT_TYPES =
      List.of(
          EventTypes.AGENCY_REGISTERED,
          EventTypes.AGENCY_UPDATED,
          EventTypes.RESULT_PUBLISHED,
          EventTypes.PLAN_APPROVED,
          EventTypes.PLAN_PUBLISHED,
          EventTypes.MEASURE_STATUS_CHANGED,
          EventTypes.MILESTONE_STATUS_CHANGED,
          EventTypes.EVIDENCE_RECORDED,
          EventTypes.FRAMEWORK_PUBLISHED);

  /**
   * What is published for everyone: the events a national reader may subscribe to. A framework's
   * texts are public, and a version 2 result is read with them.
   */
  public static final Set<String> PUBLIC_EVENT_TYPES =
      Set.of(
          EventTypes.RESULT_PUBLISHED, EventTypes.PLAN_PUBLISHED, EventTypes.FRAMEWORK_PUBLISHED);

  /** What a subscription is made of, as its owner gives it. */
  public record Change(
      String url,
      List<String> eventTypes,
      String agencyCode,
      String ministryCode,
      String description) {}

  /** A subscription with its secret in clear, shown once: at creation and rotation. */
  public record WithSecret(WebhookSubscription subscription, String secret) {}

  private final SecurityIdentity identity;
  private final CallerAgency caller;
  private final WebhookAddresses addresses;
  private final WebhookSecrets secrets;
  private final WebhookRepository repository;
  private final Clock clock;
  private final Duration rotationOverlap;

  public WebhookSubscriptionService(
      SecurityIdentity identity,
      CallerAgency caller,
      WebhookAddresses addresses,
      WebhookSecrets secrets,
      WebhookRepository repository,
      Clock clock,
      @ConfigProperty(name = "ita.webhooks.rotation-overlap", defaultValue = "PT24H")
          Duration rotationOverlap) {
    this.identity = identity;
    this.caller = caller;
    this.addresses = addresses;
    this.secrets = secrets;
    this.repository = repository;
    this.clock = clock;
    this.rotationOverlap = rotationOverlap;
  }

  @Transactional
  public WithSecret create(Change change) {
    Change checked = check(change);
    OffsetDateTime now = Stamps.now(clock);
    String secret = secrets.generate();
    WebhookSubscription s = new WebhookSubscription();
    s.id = UUID.randomUUID();
    s.owner = caller.username();
    apply(s, checked);
    s.secret = secrets.encrypt(secret);
    s.status = WebhookSubscription.Status.ACTIVE;
    s.createdAt = now;
    s.createdBy = caller.username();
    s.updatedAt = now;
    s.updatedBy = caller.username();
    s.persistAndFlush();
    return new WithSecret(s, secret);
  }

  public Page<WebhookSubscription> list(PageRequest page) {
    var query =
        isAdmin()
            ? WebhookSubscription.<WebhookSubscription>find("order by createdAt, id")
            : WebhookSubscription.<WebhookSubscription>find(
                "owner = ?1 order by createdAt, id", caller.username());
    long total = query.count();
    return Page.of(query.page(page.page, page.size).list(), page, total);
  }

  public WebhookSubscription get(UUID id) {
    return visible(id);
  }

  @Transactional
  public WebhookSubscription update(UUID id, Long expectedVersion, Change change) {
    WebhookSubscription s = visible(id);
    ETags.requireCurrent("webhook subscription " + id, s.version, expectedVersion);
    apply(s, check(change));
    return touched(s);
  }

  @Transactional
  public WebhookSubscription pause(UUID id, Long expectedVersion) {
    WebhookSubscription s = visible(id);
    if (expectedVersion != null) {
      ETags.requireCurrent("webhook subscription " + id, s.version, expectedVersion);
    }
    if (s.status == WebhookSubscription.Status.ACTIVE) {
      s.status = WebhookSubscription.Status.PAUSED;
      s.pausedAt = Stamps.now(clock);
      s.pausedReason = "Paused by " + caller.username();
    }
    return touched(s);
  }

  /** Active again: its pending deliveries go out at once, in order. */
  @Transactional
  public WebhookSubscription resume(UUID id, Long expectedVersion) {
    WebhookSubscription s = visible(id);
    if (expectedVersion != null) {
      ETags.requireCurrent("webhook subscription " + id, s.version, expectedVersion);
    }
    OffsetDateTime now = Stamps.now(clock);
    if (s.status == WebhookSubscription.Status.PAUSED) {
      s.status = WebhookSubscription.Status.ACTIVE;
      s.pausedAt = null;
      s.pausedReason = null;
      s.failedAttempts = 0;
      s.failingSince = null;
      repository.pendingNow(s.id, now);
    }
    return touched(s);
  }

  @Transactional
  public void delete(UUID id, Long expectedVersion) {
    WebhookSubscription s = visible(id);
    if (expectedVersion != null) {
      ETags.requireCurrent("webhook subscription " + id, s.version, expectedVersion);
    }
    s.delete();
  }

  /**
   * A new secret, shown once. Deliveries are signed with the old one too for {@code
   * ita.webhooks.rotation-overlap}, so the receiver can switch without losing any.
   */
  @Transactional
  public WithSecret rotate(UUID id) {
    WebhookSubscription s = visible(id);
    String secret = secrets.generate();
    s.previousSecret = s.secret;
    s.previousSecretUntil = Stamps.now(clock).plus(rotationOverlap);
    s.secret = secrets.encrypt(secret);
    return new WithSecret(touched(s), secret);
  }

  public Page<DeliveryEntry> deliveries(UUID id, PageRequest page) {
    WebhookSubscription s = visible(id);
    return Page.of(
        repository.deliveries(s.id, page.page, page.size), page, repository.countDeliveries(s.id));
  }

  /** Sends one delivery again, from its first attempt (also one delivered or given up). */
  @Transactional
  public DeliveryEntry redeliver(UUID id, UUID deliveryId) {
    WebhookSubscription s = visible(id);
    WebhookDelivery d = WebhookDelivery.findById(deliveryId);
    if (d == null || !d.subscriptionId.equals(s.id)) {
      throw NotFoundException.of("Webhook delivery", deliveryId);
    }
    d.state = WebhookDelivery.State.PENDING;
    d.attempts = 0;
    d.nextAttemptAt = Stamps.now(clock);
    d.persistAndFlush();
    String type =
        Optional.ofNullable(WebhookEvent.<WebhookEvent>findById(d.eventId))
            .map(e -> e.type)
            .orElse(null);
    return new DeliveryEntry(d, type);
  }

  /** Sends again every delivery whose event arrived at or after {@code since}; answers how many. */
  @Transactional
  public int redeliverSince(UUID id, OffsetDateTime since) {
    if (since == null) {
      throw InvalidInputException.field("since", "is required: an ISO-8601 time with offset");
    }
    WebhookSubscription s = visible(id);
    return repository.redeliverSince(s.id, since, Stamps.now(clock));
  }

  private WebhookSubscription touched(WebhookSubscription s) {
    s.updatedAt = Stamps.now(clock);
    s.updatedBy = caller.username();
    s.persistAndFlush();
    return s;
  }

  /** 404 rather than 403 for another caller's subscription: its existence is not theirs. */
  private WebhookSubscription visible(UUID id) {
    WebhookSubscription s = WebhookSubscription.findById(id);
    if (s == null || !(isAdmin() || s.owner.equals(caller.username()))) {
      throw NotFoundException.of("Webhook subscription", id);
    }
    return s;
  }

  private boolean isAdmin() {
    return identity.hasRole(Roles.ADMIN);
  }

  private static void apply(WebhookSubscription s, Change c) {
    s.url = c.url();
    s.eventTypes(c.eventTypes());
    s.agencyCode = c.agencyCode();
    s.ministryCode = c.ministryCode();
    s.description = c.description() == null || c.description().isBlank() ? null : c.description();
  }

  /** The change normalised, after the checks every field needs and the caller's rights. */
  private Change check(Change change) {
    List<FieldError> errors = new ArrayList<>();
    List<String> types = new ArrayList<>(new LinkedHashSet<>(change.eventTypes()));
    for (int i = 0; i < change.eventTypes().size(); i++) {
      String type = change.eventTypes().get(i);
      if (!EVENT_TYPES.contains(type)) {
        errors.add(
            new FieldError(
                "eventTypes[" + i + "]", "must be one of " + String.join(", ", EVENT_TYPES), type));
      }
    }
    String agency = code(change.agencyCode());
    if (agency != null && DirectoryAgency.findById(agency) == null) {
      errors.add(new FieldError("agencyCode", "names no agency in the registry", agency));
    }
    String ministry = code(change.ministryCode());
    if (ministry != null && DirectoryAgency.count("ministryCode", ministry) == 0) {
      errors.add(new FieldError("ministryCode", "names no ministry of any agency", ministry));
    }
    Optional<String> badUrl = addresses.refusal(change.url());
    badUrl.ifPresent(why -> errors.add(new FieldError("url", why)));
    boolean officer = !caller.isNational() && identity.hasRole(Roles.OFFICER);
    if (officer && agency == null) {
      errors.add(
          new FieldError(
              "agencyCode",
              "is required: an agency's officers subscribe to their own agency's events ("
                  + caller.ownAgency().orElse("none")
                  + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    requireMaySubscribe(officer, agency, types);
    return new Change(change.url(), types, agency, ministry, change.description());
  }

  private void requireMaySubscribe(boolean officer, String agency, List<String> types) {
    if (isAdmin()) {
      return;
    }
    if (officer) {
      if (!caller.isOfficerOf(agency)) {
        throw new AccessDeniedException(
            "Your token is for agency '"
                + caller.ownAgency().orElse("none")
                + "'; you may subscribe only to its events, not to agency '"
                + agency
                + "'");
      }
      return;
    }
    if (caller.isNational()) {
      List<String> closed = types.stream().filter(t -> !PUBLIC_EVENT_TYPES.contains(t)).toList();
      if (!closed.isEmpty()) {
        throw new AccessDeniedException(
            "Your role may subscribe only to the published events "
                + String.join(
                    " and ", List.of(EventTypes.RESULT_PUBLISHED, EventTypes.PLAN_PUBLISHED))
                + ", not "
                + String.join(", ", closed));
      }
      return;
    }
    throw new AccessDeniedException("Your token's roles may not subscribe to webhooks");
  }

  private static String code(String code) {
    return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
  }
}
