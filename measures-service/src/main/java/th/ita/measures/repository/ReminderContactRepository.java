package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderContactList;

@ApplicationScoped
public class ReminderContactRepository
    implements PanacheRepositoryBase<ReminderContactList, String> {

  /** The agency's list, locked until the transaction ends, so two edits take turns. */
  public Optional<ReminderContactList> lockedList(String agencyCode) {
    return findByIdOptional(agencyCode, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<ReminderContact> byToken(String token) {
    return ReminderContact.find("unsubscribeToken", token).firstResultOptional();
  }

  /** The agency's contacts who have not unsubscribed, in the list's order. */
  public List<ReminderContact> subscribed(String agencyCode) {
    return ReminderContact.list(
        "list.agencyCode = ?1 and unsubscribedAt is null order by ordinal", agencyCode);
  }

  /** The contact of the agency with this e-mail address (any case), subscribed or not. */
  public Optional<ReminderContact> byEmail(String agencyCode, String email) {
    return ReminderContact.find(
            "list.agencyCode = ?1 and lower(email) = ?2", agencyCode, email.toLowerCase())
        .firstResultOptional();
  }
}
