package th.ita.measures.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import th.ita.measures.domain.MailContact;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;

/**
 * The rules every list of e-mail contacts follows, an agency's and a ministry's alike: one entry
 * per address, an If-Match on every change but the first, and a contact who stays on the list (the
 * same address in any case) keeps its unsubscribe token and, if it unsubscribed, stays
 * unsubscribed: an editor cannot sign someone up again who asked to hear no more.
 */
final class ContactLists {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ContactLists() {}

  /** A 400 naming each entry whose address (in any case) an earlier entry already has. */
  static void requireDistinct(List<? extends ContactInput> contacts) {
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

  /**
   * Checks the client's If-Match against the list's revision; {@code current} is null when nobody
   * wrote a list yet, which needs no If-Match (but a wrong one is still refused, RFC 9110).
   */
  static void requireCurrent(String what, Long current, Long expected) {
    if (current != null) {
      ETags.requireCurrent(what, current, expected);
    } else if (expected != null) {
      ETags.requireCurrent(what, 0, expected);
    }
  }

  /**
   * The contacts the list holds after the edit, in the input's order: those already on it (by
   * address) keep their id and token, the others are new ({@code fresh}) with a token of their own.
   */
  static <C extends MailContact> List<C> merge(
      List<C> before, List<? extends ContactInput> input, Supplier<C> fresh) {
    Map<String, C> byEmail = new HashMap<>();
    before.forEach(c -> byEmail.put(c.email.toLowerCase(Locale.ROOT), c));
    List<C> after = new ArrayList<>();
    for (ContactInput in : input) {
      C c = byEmail.get(in.email().strip().toLowerCase(Locale.ROOT));
      if (c == null) {
        c = fresh.get();
        c.id = UUID.randomUUID();
        c.unsubscribeToken = newToken();
      }
      c.ordinal = after.size();
      c.name = in.name().strip();
      c.email = in.email().strip();
      c.language = in.languageOrDefault();
      after.add(c);
    }
    return after;
  }

  /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
