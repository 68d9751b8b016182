package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderContactList;
import th.ita.measures.repository.ReminderContactRepository;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;

/**
 * An agency's reminder contacts: read and replaced as one list by its own officers (its head
 * included) and ita-admins, and left by a contact through the unsubscribe link in each message.
 */
@ApplicationScoped
public class ReminderContactService {

  /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
  public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReminderContactRepository lists;
  private final PlanAccess access;
  private final Clock clock;

  public ReminderContactService(ReminderContactRepository lists, PlanAccess access, Clock clock) {
    this.lists = lists;
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
   * Replaces the list. A contact already on it (the same e-mail address, in any case) keeps its
   * unsubscribe token and, if it unsubscribed, stays unsubscribed: an officer cannot sign someone
   * up again who asked to hear no more.
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
    requireDistinct(input.contacts());
    Optional<ReminderContactList> existing = lists.lockedList(code);
    ReminderContactList list;
    if (existing.isPresent()) {
      list = existing.get();
      ETags.requireCurrent("reminder contact list", list.revision, expectedRevision);
      list.changed(user, clock);
    } else {
      if (expectedRevision != null) {
        // An If-Match on a list nobody wrote yet: the client read something else (RFC 9110).
        ETags.requireCurrent("reminder contact list", 0, expectedRevision);
      }
      list = empty(code);
      list.created(user, clock);
      list.persist();
    }
    Map<String, ReminderContact> before = new HashMap<>();
    list.contacts.forEach(c -> before.put(c.email.toLowerCase(Locale.ROOT), c));
    List<ReminderContact> after = new ArrayList<>();
    int ordinal = 0;
    for (ReminderContactsInput.Contact in : input.contacts()) {
      ReminderContact c = before.get(in.email().toLowerCase(Locale.ROOT));
      if (c == null) {
        c = new ReminderContact();
        c.id = UUID.randomUUID();
        c.list = list;
        c.unsubscribeToken = newToken();
      }
      c.ordinal = ordinal++;
      c.name = in.name().strip();
      c.email = in.email().strip();
      c.language = in.languageOrDefault();
      c.responsibleUnit = in.responsibleUnit() == null ? null : in.responsibleUnit().strip();
      after.add(c);
    }
    list.contacts.clear();
    list.contacts.addAll(after);
    list.revision++;
    ReminderContact.getEntityManager().flush();
    return list;
  }

  /**
   * Marks the contact holding the token unsubscribed; asking again changes nothing. The token alone
   * is the proof: it reached the contact's mailbox and nobody else's.
   */
  public ReminderContact unsubscribe(String token) {
    ReminderContact contact =
        lists
            .byToken(token)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "This unsubscribe link is not (or no longer) valid: the contact may have"
                            + " been removed from the agency's list"));
    if (contact.unsubscribedAt == null) {
      contact.unsubscribedAt = Stamps.now(clock);
    }
    return contact;
  }

  private static void requireDistinct(List<ReminderContactsInput.Contact> contacts) {
    Map<String, Integer> seen = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < contacts.size(); i++) {
      String email = contacts.get(i).email().strip().toLowerCase(Locale.ROOT);
      Integer first = seen.putIfAbsent(email, i);
      if (first != null) {
        errors.add(
            new FieldError(
                "contacts[" + i + "].email", "is already contacts[" + first + "].email"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static ReminderContactList empty(String code) {
    ReminderContactList list = new ReminderContactList();
    list.agencyCode = code;
    return list;
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
