package th.ita.measures.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A ministry's coordinator, who gets the weekly digest of its agencies' overdue milestones. */
@Entity
@Table(name = "ministry_contact")
public class MinistryContact extends MailContact {

  @ManyToOne(optional = false)
  @JoinColumn(name = "ministry_code")
  public MinistryContactList list;
}
