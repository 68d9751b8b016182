package th.ita.measures.service;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderKind;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.directory.DirectoryAgency;

/**
 * A reminder as its contact reads it, in Thai (the default) or English: the agency, the measure,
 * the milestone, its quarter ("ไตรมาสที่ 2 (ม.ค. – มี.ค. 2568)"), the due date in Buddhist-era
 * form, the days left, a link to the measure and the contact's own unsubscribe link.
 */
@ApplicationScoped
public class ReminderMessages {

  /** What the templates print; every text already in the contact's language. */
  public record Reminder(
      String contactName,
      String agency,
      String measure,
      String milestone,
      String quarter,
      String dueDate,
      long daysLeft,
      boolean overdue,
      String measureLink,
      String unsubscribeLink) {}

  private final LocalizedMail templates;
  private final MailLinks links;

  public ReminderMessages(
      @Location("reminders/subject-th.txt") Template subjectTh,
      @Location("reminders/subject-en.txt") Template subjectEn,
      @Location("reminders/body-th.txt") Template bodyTh,
      @Location("reminders/body-en.txt") Template bodyEn,
      MailLinks links) {
    this.templates = new LocalizedMail(subjectTh, subjectEn, bodyTh, bodyEn);
    this.links = links;
  }

  public Mail mail(
      ReminderKind kind,
      Milestone milestone,
      DirectoryAgency agency,
      ReminderContact contact,
      long daysLeft) {
    Reminder r = reminder(kind, milestone, agency, contact, daysLeft);
    return templates.compose(contact, "r", r, r.unsubscribeLink());
  }

  public Reminder reminder(
      ReminderKind kind,
      Milestone milestone,
      DirectoryAgency agency,
      ReminderContact contact,
      long daysLeft) {
    Locale locale = contact.locale();
    boolean thai = ThaiDates.isThai(locale);
    FiscalYear year = FiscalYear.of(milestone.measure.plan.fiscalYear);
    String quarter =
        ThaiDates.quarterName(milestone.quarter, locale)
            + " ("
            + ThaiDates.quarterMonths(year, milestone.quarter, locale)
            + ")";
    String agencyName =
        agency == null
            ? milestone.measure.plan.agencyCode
            : thai || agency.nameEn == null ? agency.nameTh : agency.nameEn;
    String measure =
        thai || milestone.measure.titleEn == null
            ? milestone.measure.titleTh
            : milestone.measure.titleEn;
    return new Reminder(
        contact.name,
        agencyName,
        measure,
        milestone.activity,
        quarter,
        ThaiDates.date(milestone.dueDate, locale),
        daysLeft,
        kind.overdue(),
        links.measure(milestone.measure.id),
        links.unsubscribe(contact));
  }
}
