package th.ita.measures.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.ita.measures.domain.MinistryContact;
import th.ita.measures.domain.MinistryContactList;
import th.ita.measures.repository.MinistryContactRepository;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.security.Roles;

/**
 * A ministry's coordinators, who get the weekly digest of its agencies' overdue milestones: read
 * and replaced as one list by ita-admins (the platform has no ministry role), and left by a
 * coordinator through the unsubscribe link in each digest. A ministry is known from the agencies of
 * the agency directory that name it.
 */
@ApplicationScoped
public class MinistryContactService {

  private final MinistryContactRepository lists;
  private final SecurityIdentity identity;
  private final Clock clock;

  public MinistryContactService(
      MinistryContactRepository lists, SecurityIdentity identity, Clock clock) {
    this.lists = lists;
    this.identity = identity;
    this.clock = clock;
  }

  /** The ministry's list, or an empty one at revision 0 when nobody has written one yet. */
  public MinistryContactList read(String ministryCode) {
    requireAdmin("see");
    String code = known(ministryCode);
    return lists.findByIdOptional(code).orElseGet(() -> empty(code));
  }

  /** Replaces the list, under the rules of {@link ContactLists}. */
  public MinistryContactList replace(
      String ministryCode, MinistryContactsInput input, Long expectedRevision, String user) {
    requireAdmin("change");
    String code = known(ministryCode);
    ContactLists.requireDistinct(input.contacts());
    Optional<MinistryContactList> existing = lists.lockedList(code);
    ContactLists.requireCurrent(
        "ministry contact list", existing.map(l -> l.revision).orElse(null), expectedRevision);
    MinistryContactList list;
    if (existing.isPresent()) {
      list = existing.get();
      list.changed(user, clock);
    } else {
      list = empty(code);
      list.created(user, clock);
      list.persist();
    }
    MinistryContactList owner = list;
    List<MinistryContact> after =
        ContactLists.merge(
            list.contacts,
            input.contacts(),
            () -> {
              MinistryContact c = new MinistryContact();
              c.list = owner;
              return c;
            });
    list.contacts.clear();
    list.contacts.addAll(after);
    list.revision++;
    MinistryContact.getEntityManager().flush();
    return list;
  }

  private void requireAdmin(String verb) {
    if (!identity.hasRole(Roles.ADMIN)) {
      throw new AccessDeniedException(
          "Only an ita-admin may " + verb + " a ministry's digest contacts");
    }
  }

  /** The ministry's code as the directory holds it; a 404 when no agency names the ministry. */
  private static String known(String ministryCode) {
    String code = ministryCode.toUpperCase(Locale.ROOT);
    if (DirectoryAgency.count("ministryCode", code) == 0) {
      throw new NotFoundException(
          "Ministry '" + ministryCode + "' does not exist: no agency of the directory is in it");
    }
    return code;
  }

  private static MinistryContactList empty(String code) {
    MinistryContactList list = new MinistryContactList();
    list.ministryCode = code;
    return list;
  }
}
