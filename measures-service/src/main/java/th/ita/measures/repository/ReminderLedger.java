package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The record of every reminder claimed and sent (table {@code reminder_sent}). Its primary key
 * (milestone, kind, recipient) is what makes each reminder go out once across runs, restarts and
 * replicas: a claim is an insert that does nothing when the row exists, and a sender works only on
 * the pending rows it has locked, skipping those another replica holds ({@link SendQueue}).
 */
@ApplicationScoped
public class ReminderLedger {

  /** A claimed reminder that has not gone out yet. */
  public record Pending(UUID milestoneId, String kind, String email, String agencyCode) {}

  private final EntityManager em;
  private final SendQueue<Pending> queue;

  public ReminderLedger(EntityManager em) {
    this.em = em;
    this.queue =
        new SendQueue<>(
            em,
            "reminder_sent",
            List.of("milestone_id", "kind", "email"),
            List.of("agency_code"),
            r -> new Pending((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]),
            p -> List.of(p.milestoneId(), p.kind(), p.email()));
  }

  /** Records the reminder as due unless it already is; true when this call recorded it. */
  public boolean claim(
      UUID milestoneId,
      String kind,
      String email,
      String agencyCode,
      LocalDate today,
      OffsetDateTime now) {
    return em.createNativeQuery(
                "INSERT INTO reminder_sent (milestone_id, kind, email, agency_code, status,"
                    + " claimed_on, claimed_at) VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5, ?6)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, milestoneId)
            .setParameter(2, kind)
            .setParameter(3, email.toLowerCase())
            .setParameter(4, agencyCode)
            .setParameter(5, today)
            .setParameter(6, now)
            .executeUpdate()
        == 1;
  }

  /** The reminders claimed and not sent yet. */
  public SendQueue<Pending> queue() {
    return queue;
  }
}
