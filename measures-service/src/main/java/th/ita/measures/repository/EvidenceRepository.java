package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import th.ita.measures.domain.Evidence;

/** Evidence in the order the activities happened, the order the API and the events show it in. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

  public List<Evidence> forMeasure(UUID measureId) {
    return list("measureId = ?1 order by occurredOn, recordedAt, id", measureId);
  }

  /**
   * The evidence of each of the measures, by measure id; a measure without evidence has no entry.
   */
  public Map<UUID, List<Evidence>> forMeasures(Collection<UUID> measureIds) {
    if (measureIds.isEmpty()) {
      return Map.of();
    }
    return list("measureId in ?1 order by occurredOn, recordedAt, id", measureIds).stream()
        .collect(Collectors.groupingBy(e -> e.measureId, Collectors.toList()));
  }
}
