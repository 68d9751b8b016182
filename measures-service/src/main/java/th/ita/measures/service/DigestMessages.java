package th.ita.measures.service;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MinistryContact;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.directory.DirectoryAgency;

/**
 * A ministry's weekly digest as its coordinator reads it, in Thai (the default) or English: per
 * agency, each overdue milestone with its measure, its quarter ("ไตรมาสที่ 1/2568"), its due date
 * in Buddhist-era form, the measure's responsible units and a link to the measure; at the foot the
 * coordinator's own unsubscribe link.
 */
@ApplicationScoped
public class DigestMessages {

  /** What the templates print; every text already in the coordinator's language. */
  public record Digest(
      String contactName,
      String ministry,
      String date,
      int count,
      List<AgencyOverdue> agencies,
      String unsubscribeLink) {}

  /** One agency of the ministry and its overdue milestones. */
  public record AgencyOverdue(String agency, List<Overdue> milestones) {}

  /** One overdue milestone. */
  public record Overdue(
      String measure,
      String milestone,
      String quarter,
      String dueDate,
      String responsibleUnits,
      String measureLink) {}

  private final LocalizedMail templates;
  private final MailLinks links;

  public DigestMessages(
      @Location("reminders/digest-subject-th.txt") Template subjectTh,
      @Location("reminders/digest-subject-en.txt") Template subjectEn,
      @Location("reminders/digest-body-th.txt") Template bodyTh,
      @Location("reminders/digest-body-en.txt") Template bodyEn,
      MailLinks links) {
    this.templates = new LocalizedMail(subjectTh, subjectEn, bodyTh, bodyEn);
    this.links = links;
  }

  /** The digest of {@code overdue} (milestones of the ministry's agencies, by agency). */
  public Mail mail(MinistryContact contact, List<Milestone> overdue, LocalDate today) {
    Digest d = digest(contact, overdue, today);
    return templates.compose(contact, "d", d, d.unsubscribeLink());
  }

  public Digest digest(MinistryContact contact, List<Milestone> overdue, LocalDate today) {
    Locale locale = contact.locale();
    boolean thai = ThaiDates.isThai(locale);
    Map<String, List<Overdue>> byAgency = new LinkedHashMap<>();
    for (Milestone m : overdue) {
      byAgency
          .computeIfAbsent(m.measure.plan.agencyCode, a -> new ArrayList<>())
          .add(item(m, locale));
    }
    String ministry = contact.list.ministryCode;
    List<AgencyOverdue> agencies = new ArrayList<>();
    for (Map.Entry<String, List<Overdue>> e : byAgency.entrySet()) {
      DirectoryAgency agency = DirectoryAgency.findById(e.getKey());
      agencies.add(new AgencyOverdue(agencyName(agency, e.getKey(), thai), e.getValue()));
      if (agency != null && agency.ministryNameTh != null) {
        ministry =
            thai || agency.ministryNameEn == null ? agency.ministryNameTh : agency.ministryNameEn;
      }
    }
    return new Digest(
        contact.name,
        ministry,
        ThaiDates.date(today, locale),
        overdue.size(),
        agencies,
        links.unsubscribe(contact));
  }

  private Overdue item(Milestone m, Locale locale) {
    boolean thai = ThaiDates.isThai(locale);
    Measure measure = m.measure;
    FiscalYear year = FiscalYear.of(measure.plan.fiscalYear);
    // As the agencies' documents name it: "ไตรมาสที่ 1/2568"; in English "Q1 FY2025".
    String quarter =
        ThaiDates.quarterName(m.quarter, locale)
            + (thai ? "/" + year.buddhistEra() : " FY" + year.commonEraOfEnd());
    return new Overdue(
        thai || measure.titleEn == null ? measure.titleTh : measure.titleEn,
        m.activity,
        quarter,
        ThaiDates.date(m.dueDate, locale),
        measure.responsibleUnits.isEmpty() ? "-" : String.join(", ", measure.responsibleUnits),
        links.measure(measure.id));
  }

  private static String agencyName(DirectoryAgency agency, String code, boolean thai) {
    if (agency == null) {
      return code;
    }
    return thai || agency.nameEn == null ? agency.nameTh : agency.nameEn;
  }
}
