package th.ita.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.reporting.domain.MeasureChange;
import th.ita.reporting.domain.ReportMeasure;
import th.ita.reporting.domain.ReportPlan;
import th.ita.reporting.domain.ReportResult;

/** Reads one agency's part of the read model. */
@ApplicationScoped
public class ReadModelRepository {

  public Optional<ReportPlan> plan(String agencyCode, int fiscalYear) {
    return ReportPlan.findByIdOptional(new ReportPlan.Key(agencyCode, fiscalYear));
  }

  public Optional<ReportResult> finalResult(String agencyCode, int assessmentYear) {
    return ReportResult.findByIdOptional(
        new ReportResult.Key(agencyCode, assessmentYear, ReportResult.FINAL));
  }

  public List<ReportMeasure> measures(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : ReportMeasure.list("measureId in ?1", ids);
  }

  /** Status changes of these measures and their milestones, oldest first. */
  public List<MeasureChange> changes(Collection<UUID> measureIds) {
    return measureIds.isEmpty()
        ? List.of()
        : MeasureChange.list("measureId in ?1 order by changedAt, eventId", measureIds);
  }
}
