package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One person or mailbox that hears about an agency's plan, in Thai or English. */
@Entity
@Table(name = "reminder_contact")
public class ReminderContact extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_code")
  public ReminderContactList list;

  public int ordinal;

  public String name;

  public String email;

  /** {@code th} or {@code en}. */
  public String language;

  /**
   * A responsible unit's mailbox hears only about the measures that name the unit among their
   * responsible units; without a unit, the contact hears about every measure of the agency.
   */
  @Column(name = "responsible_unit")
  public String responsibleUnit;

  @Column(name = "unsubscribe_token")
  public String unsubscribeToken;

  @Column(name = "unsubscribed_at")
  public OffsetDateTime unsubscribedAt;

  public boolean subscribed() {
    return unsubscribedAt == null;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** True when a measure with these responsible units concerns this contact. */
  public boolean hearsAbout(List<String> responsibleUnits) {
    return responsibleUnit == null || responsibleUnits.contains(responsibleUnit);
  }
}
