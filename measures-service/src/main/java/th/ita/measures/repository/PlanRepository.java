package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import th.ita.measures.domain.Plan;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

  public Optional<Plan> find(String agencyCode, int fiscalYear) {
    return find("agencyCode = ?1 and fiscalYear = ?2", agencyCode.toUpperCase(), fiscalYear)
        .firstResultOptional();
  }
}
