package th.ita.measures.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.measures.domain.MailContact;
import th.ita.measures.domain.MinistryContact;
import th.ita.measures.domain.MinistryContactList;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderContactList;
import th.ita.measures.rest.view.ReminderContactViews.MinistryContactView;
import th.ita.measures.rest.view.ReminderContactViews.MinistryContactsView;
import th.ita.measures.rest.view.ReminderContactViews.ReminderContactView;
import th.ita.measures.rest.view.ReminderContactViews.ReminderContactsView;
import th.ita.measures.rest.view.ReminderContactViews.UnsubscribedView;

@ApplicationScoped
public class ReminderContactMapper {

  public ReminderContactsView toView(ReminderContactList list) {
    return new ReminderContactsView(
        list.agencyCode,
        list.revision,
        list.contacts.stream().map(this::toView).toList(),
        list.updatedAt,
        list.updatedBy);
  }

  public ReminderContactView toView(ReminderContact c) {
    return new ReminderContactView(
        c.id, c.name, c.email, c.language, c.responsibleUnit, c.subscribed(), c.unsubscribedAt);
  }

  public MinistryContactsView toView(MinistryContactList list) {
    return new MinistryContactsView(
        list.ministryCode,
        list.revision,
        list.contacts.stream().map(this::toView).toList(),
        list.updatedAt,
        list.updatedBy);
  }

  public MinistryContactView toView(MinistryContact c) {
    return new MinistryContactView(
        c.id, c.name, c.email, c.language, c.subscribed(), c.unsubscribedAt);
  }

  public UnsubscribedView unsubscribed(MailContact contact) {
    boolean english = "en".equals(contact.language);
    if (contact instanceof MinistryContact c) {
      String ministry = c.list.ministryCode;
      String message =
          english
              ? "You will no longer receive the weekly digest of ministry "
                  + ministry
                  + " at "
                  + c.email
                  + "."
              : "ที่อยู่อีเมล "
                  + c.email
                  + " จะไม่ได้รับสรุปประจำสัปดาห์ของกระทรวง "
                  + ministry
                  + " อีกต่อไป";
      return new UnsubscribedView(null, c.email, c.unsubscribedAt, message, ministry);
    }
    ReminderContact c = (ReminderContact) contact;
    String message =
        english
            ? "You will no longer receive reminders about the plan of agency "
                + c.list.agencyCode
                + " at "
                + c.email
                + "."
            : "ที่อยู่อีเมล "
                + c.email
                + " จะไม่ได้รับการแจ้งเตือนเกี่ยวกับแผนของหน่วยงาน "
                + c.list.agencyCode
                + " อีกต่อไป";
    return new UnsubscribedView(c.list.agencyCode, c.email, c.unsubscribedAt, message, null);
  }
}
