package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import th.ita.measures.domain.MinistryContact;
import th.ita.measures.domain.MinistryContactList;

@ApplicationScoped
public class MinistryContactRepository
    implements PanacheRepositoryBase<MinistryContactList, String> {

  /** The ministry's list, locked until the transaction ends, so two edits take turns. */
  public Optional<MinistryContactList> lockedList(String ministryCode) {
    return findByIdOptional(ministryCode, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<MinistryContact> byToken(String token) {
    return MinistryContact.find("unsubscribeToken", token).firstResultOptional();
  }

  /** The ministries with at least one coordinator who has not unsubscribed. */
  public List<String> withSubscribers() {
    return getEntityManager()
        .createQuery(
            "select distinct c.list.ministryCode from MinistryContact c"
                + " where c.unsubscribedAt is null order by c.list.ministryCode",
            String.class)
        .getResultList();
  }

  /** The ministry's coordinators who have not unsubscribed, in the list's order. */
  public List<MinistryContact> subscribed(String ministryCode) {
    return MinistryContact.list(
        "list.ministryCode = ?1 and unsubscribedAt is null order by ordinal", ministryCode);
  }

  /** The coordinator of the ministry with this e-mail address (any case), subscribed or not. */
  public Optional<MinistryContact> byEmail(String ministryCode, String email) {
    return MinistryContact.find(
            "list.ministryCode = ?1 and lower(email) = ?2", ministryCode, email.toLowerCase())
        .firstResultOptional();
  }
}
