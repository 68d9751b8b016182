package th.ita.measures.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import th.ita.platform.common.persistence.Audited;

/**
 * The people who hear about one agency's plan by e-mail, edited as one list. Its revision is the
 * list's ETag: it moves on with every accepted change, including a change to a contact alone, which
 * an entity {@code @Version} on this side of the association would not notice.
 */
@Entity
@Table(name = "reminder_contact_list")
public class ReminderContactList extends Audited {

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  public long revision;

  @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  public List<ReminderContact> contacts = new ArrayList<>();
}
