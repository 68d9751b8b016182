package th.ita.platform.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Clock;
import java.time.OffsetDateTime;
import th.ita.platform.common.time.Stamps;

/**
 * Who created a record and who changed it last, and when: the four audit columns an officer sees on
 * a plan, a result or an agency. Services stamp them through {@link #created} and {@link #changed}
 * with the injected clock, so tests that move time see moved stamps; the stamps are in UTC whatever
 * the clock's zone (see {@link Stamps}).
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** Stamps a new record: created and last changed now, by {@code user}. */
  public void created(String user, Clock clock) {
    createdAt = Stamps.now(clock);
    createdBy = user;
    updatedAt = createdAt;
    updatedBy = user;
  }

  /** Stamps a change to an existing record. */
  public void changed(String user, Clock clock) {
    updatedAt = Stamps.now(clock);
    updatedBy = user;
  }
}
