package th.ita.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** One person or mailbox that hears about an agency's plan, in Thai or English. */
@Entity
@Table(name = "reminder_contact")
public class ReminderContact extends MailContact {

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_code")
  public ReminderContactList list;

  /**
   * A responsible unit's mailbox hears only about the measures that name the unit among their
   * responsible units; without a unit, the contact hears about every measure of the agency.
   */
  @Column(name = "responsible_unit")
  public String responsibleUnit;

  /** True when a measure with these responsible units concerns this contact. */
  public boolean hearsAbout(List<String> responsibleUnits) {
    return responsibleUnit == null || responsibleUnits.contains(responsibleUnit);
  }
}
