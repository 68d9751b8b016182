package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import th.ita.measures.domain.MailContact;

/** The links in the platform's e-mails, from where their readers reach this service. */
@ApplicationScoped
public class MailLinks {

  private final String base;

  public MailLinks(ReminderSettings settings) {
    this.base = settings.linkBase().replaceAll("/+$", "");
  }

  public String measure(UUID measureId) {
    return base + "/api/v1/measures/" + measureId;
  }

  /** The contact's own unsubscribe link, the same for an agency's contact and a coordinator. */
  public String unsubscribe(MailContact contact) {
    return base + "/api/v1/reminder-contacts/unsubscribe?token=" + contact.unsubscribeToken;
  }
}
