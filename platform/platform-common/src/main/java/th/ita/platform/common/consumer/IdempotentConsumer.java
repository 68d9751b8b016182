package th.ita.platform.common.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Set;
import th.ita.platform.common.inbox.Inbox;
import th.ita.platform.common.validation.RecordValidators;

/**
 * What every consumer of the platform does around its own work, so that each applies an event
 * exactly once and never blocks on a bad one:
 *
 * <ol>
 *   <li>{@link #read} the event without touching the database: an event without {@code ce_id}, not
 *       JSON, or breaking the payload's constraints is an {@link UnreadableEventException} and is
 *       dead-lettered;
 *   <li>{@link #applyOnce} it: in a transaction per attempt, retried while the database fails
 *       ({@link ConsumerRetries}), and skipped when the inbox has its id already;
 *   <li>inside, keep a newer snapshot against an older one ({@link #isOutdated}), because a redrive
 *       or a rebuild can bring an old event after a new one.
 * </ol>
 */
@ApplicationScoped
public class IdempotentConsumer {

  private final Inbox inbox;
  private final ConsumerRetries retries;
  private final ObjectMapper json;
  private final Validator validator;

  public IdempotentConsumer(
      Inbox inbox, ConsumerRetries retries, ObjectMapper json, ValidatorFactory validation) {
    this.inbox = inbox;
    this.retries = retries;
    this.json = json;
    this.validator = RecordValidators.of(validation);
  }

  /** The event's data as {@code type}, checked against its Bean Validation constraints. */
  public <T> T read(ConsumedEvent event, Class<T> type) {
    requireId(event);
    T payload;
    try {
      payload = json.readValue(event.data() == null ? "" : event.data(), type);
    } catch (IOException e) {
      throw new UnreadableEventException(
          event.describe() + " cannot be read as " + type.getSimpleName() + ": " + e.getMessage(),
          e);
    }
    if (payload == null) {
      throw event.unreadable("has no data");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(payload);
    if (!violations.isEmpty()) {
      throw event.unreadable(
          "breaks the constraints of " + type.getSimpleName() + ": " + violations);
    }
    return payload;
  }

  /** Refuses an event that could not be recognised when it comes again. */
  public static void requireId(ConsumedEvent event) {
    if (event.id() == null || event.id().isBlank()) {
      throw event.unreadable("has no ce_id, so it cannot be applied exactly once");
    }
  }

  /** Runs {@code apply} once for this event id, retrying while the database fails. */
  public void applyOnce(ConsumedEvent event, Runnable apply) {
    retries.runInTransaction(
        event.topic(),
        () -> {
          if (firstDelivery(event)) {
            apply.run();
          }
        });
  }

  /**
   * For a consumer that runs its own transaction (a rebuild): records the id, false if it was
   * there.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(ConsumedEvent event) {
    return inbox.firstDelivery(event.id(), event.type(), event.source());
  }

  /** The version guard: true when the stored snapshot is newer than the incoming one. */
  public static boolean isOutdated(long storedVersion, long incomingVersion) {
    return storedVersion > incomingVersion;
  }
}
