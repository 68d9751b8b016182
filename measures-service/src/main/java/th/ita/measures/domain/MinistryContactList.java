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
 * A ministry's coordinators, edited as one list; its revision is the list's ETag, as for an
 * agency's {@link ReminderContactList}.
 */
@Entity
@Table(name = "ministry_contact_list")
public class MinistryContactList extends Audited {

  @Id
  @Column(name = "ministry_code")
  public String ministryCode;

  public long revision;

  @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  public List<MinistryContact> contacts = new ArrayList<>();
}
