package th.ita.measures.service;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Template;
import th.ita.measures.domain.MailContact;
import th.ita.platform.common.calendar.ThaiDates;

/**
 * One kind of message in Thai (the default) and English: its subject and body templates, rendered
 * in the language the contact chose, with the contact's unsubscribe link as a header too.
 */
public final class LocalizedMail {

  private final Template subjectTh;
  private final Template subjectEn;
  private final Template bodyTh;
  private final Template bodyEn;

  public LocalizedMail(Template subjectTh, Template subjectEn, Template bodyTh, Template bodyEn) {
    this.subjectTh = subjectTh;
    this.subjectEn = subjectEn;
    this.bodyTh = bodyTh;
    this.bodyEn = bodyEn;
  }

  /** The message to the contact, with {@code data} available to the templates as {@code name}. */
  public Mail compose(MailContact to, String name, Object data, String unsubscribeLink) {
    boolean thai = ThaiDates.isThai(to.locale());
    String subject = (thai ? subjectTh : subjectEn).data(name, data).render().strip();
    String body = (thai ? bodyTh : bodyEn).data(name, data).render();
    return Mail.withText(to.email, subject, body)
        // RFC 2369: mail programs offer their own unsubscribe button with this link.
        .addHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
  }
}
