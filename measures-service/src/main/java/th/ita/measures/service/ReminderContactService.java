package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.ita.measures.domain.MailContact;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderContactList;
import th.ita.measures.repository.MinistryContactRepository;
import th.ita.measures.repository.ReminderContactRepository;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.time.Stamps;

/**
 * An agency's reminder contacts: read and replaced as one list by its own officers (its head
 * included) and ita-admins, and left by a contact (or a ministry's coordinator) through the
 * unsubscribe link in each message.
 */
@ApplicationScoped
public class ReminderContactService {

  /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
  public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

  private final ReminderContactRepository lists;
  private final MinistryContactRepository coordinators;
  private final PlanAccess access;
  private final Clock clock;

  public ReminderContactService(
      ReminderContactRepository lists,
      MinistryContactRepository coordinators,
      PlanAccess access,
      Clock clock) {
    this.lists = lists;
    this.coordinators = coordinators;
    this.access = access;
    this.clock = clock;
  }

  /**
   * The same 404 for an agency that does not exist and for one whose contacts the caller may not
   * see, so that nobody learns anything about another agency's contacts from the answer.
   */
  public static NotFoundException noContacts(String agencyCode) {
    return new NotFoundException(
        "Agency '" + agencyCode + "' does not exist or its reminder contacts are not yours to see");
  }

  /** The agency's list, or an empty one at revision 0 when nobody has written one yet. */
  public ReminderContactList read(String agencyCode) {
    String code = agencyCode.toUpperCase(Locale.ROOT);
    if (!access.mayWrite(code) || DirectoryAgency.findById(code) == null) {
      throw noContacts(agencyCode);
    }
    return lists.findByIdOptional(code).orElseGet(() -> empty(code));
  }

  /**
   * Replaces the list. A contact already on it keeps its unsubscribe token and, if it unsubscribed,
   * stays unsubscribed (see {@link ContactLists}).
   */
  public ReminderContactList replace(
      String agencyCode, ReminderContactsInput input, Long expectedRevision, String user) {
    String code = agencyCode.toUpperCase(Locale.ROOT);
    if (!access.mayWrite(code)) {
      throw new AccessDeniedException(
          "Only the agency's own officers, its head or an ita-admin change its reminder contacts");
    }
    if (DirectoryAgency.findById(code) == null) {
      throw noContacts(agencyCode);
    }
    ContactLists.requireDistinct(input.contacts());
    Optional<ReminderContactList> existing = lists.lockedList(code);
    ContactLists.requireCurrent(
        "reminder contact list", existing.map(l -> l.revision).orElse(null), expectedRevision);
    ReminderContactList list;
    if (existing.isPresent()) {
      list = existing.get();
      list.changed(user, clock);
    } else {
      list = empty(code);
      list.created(user, clock);
      list.persist();
    }
    ReminderContactList owner = list;
    List<ReminderContact> after =
        ContactLists.merge(
            list.contacts,
            input.contacts(),
            () -> {
              ReminderContact c = new ReminderContact();
              c.list = owner;
              return c;
            });
    for (int i = 0; i < after.size(); i++) {
      String unit = input.contacts().get(i).responsibleUnit();
      after.get(i).responsibleUnit = unit == null ? null : unit.strip();
    }
    list.contacts.clear();
    list.contacts.addAll(after);
    list.revision++;
    ReminderContact.getEntityManager().flush();
    return list;
  }

  /**
   * Marks the contact holding the token unsubscribed, an agency's contact or a ministry's
   * coordinator; asking again changes nothing. The token alone is the proof: it reached the
   * contact's mailbox and nobody else's.
   */
  public MailContact unsubscribe(String token) {
    MailContact contact =
        lists
            .byToken(token)
            .<MailContact>map(c -> c)
            .or(() -> coordinators.byToken(token))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "This unsubscribe link is not (or no longer) valid: the contact may have"
                            + " been removed from the agency's or ministry's list"));
    if (contact.unsubscribedAt == null) {
      contact.unsubscribedAt = Stamps.now(clock);
    }
    return contact;
  }

  private static ReminderContactList empty(String code) {
    ReminderContactList list = new ReminderContactList();
    list.agencyCode = code;
    return list;
  }
}
