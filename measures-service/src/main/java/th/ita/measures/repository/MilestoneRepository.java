package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.PlanStatus;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

  /** Ids of the measures with a milestone whose quarter ended before {@code today} undone. */
  public List<UUID> measuresWithOverdueMilestones(LocalDate today) {
    return getEntityManager()
        .createQuery(
            "select distinct m.measure.id from Milestone m where m.status in ?1 and m.dueDate < ?2",
            UUID.class)
        .setParameter(1, List.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS))
        .setParameter(2, today)
        .getResultList();
  }

  /**
   * The milestones someone may need reminding of: of plans the head has approved (published or
   * not), of measures that can fall behind, written by the agency (not editorial), of an agency
   * with a subscribed contact; and either open and due between {@code from} and {@code to}, or
   * overdue since {@code overdueSince} or later.
   */
  public List<Milestone> remindable(LocalDate from, LocalDate to, LocalDate overdueSince) {
    return getEntityManager()
        .createQuery(
            "select m from Milestone m join fetch m.measure me join fetch me.plan p"
                + " where p.status in ?1 and me.status not in ?2 and m.editorial = false"
                + " and ((m.status in ?3 and m.dueDate between ?4 and ?5)"
                + " or (m.status = ?6 and m.dueDate >= ?7))"
                + " and exists (select 1 from ReminderContact c"
                + " where c.list.agencyCode = p.agencyCode and c.unsubscribedAt is null)"
                + " order by m.dueDate, m.id",
            Milestone.class)
        .setParameter(1, List.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED))
        .setParameter(
            2, List.of(MeasureStatus.DRAFT, MeasureStatus.COMPLETED, MeasureStatus.CANCELLED))
        .setParameter(3, List.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS))
        .setParameter(4, from)
        .setParameter(5, to)
        .setParameter(6, MilestoneStatus.OVERDUE)
        .setParameter(7, overdueSince)
        .getResultList();
  }

  /**
   * The overdue milestones of the ministry's agencies (as the agency directory groups them) that
   * someone should still act on: of plans the head has approved (published or not), of measures
   * that can fall behind, written by the agency (not editorial). By agency, then due date and the
   * measure's place in its plan.
   */
  public List<Milestone> overdueInMinistry(String ministryCode) {
    return getEntityManager()
        .createQuery(
            "select m from Milestone m join fetch m.measure me join fetch me.plan p"
                + " where m.status = ?1 and m.editorial = false and p.status in ?2"
                + " and me.status not in ?3 and p.agencyCode in"
                + " (select d.code from DirectoryAgency d where d.ministryCode = ?4)"
                + " order by p.agencyCode, m.dueDate, p.fiscalYear, me.ordinal, m.quarter, m.id",
            Milestone.class)
        .setParameter(1, MilestoneStatus.OVERDUE)
        .setParameter(2, List.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED))
        .setParameter(
            3, List.of(MeasureStatus.DRAFT, MeasureStatus.COMPLETED, MeasureStatus.CANCELLED))
        .setParameter(4, ministryCode)
        .getResultList();
  }
}
