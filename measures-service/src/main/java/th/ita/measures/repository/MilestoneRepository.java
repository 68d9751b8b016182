package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;

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
}
