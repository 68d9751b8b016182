package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import th.ita.platform.common.directory.DirectoryAgency;

@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryAgency, String> {

  /** Agencies matching every given filter; {@code null} filters are ignored. */
  public PanacheQuery<DirectoryAgency> search(String type, String ministryCode, String onlyCode) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (type != null) {
      where.add("type = :type");
      params.and("type", type.toUpperCase());
    }
    if (ministryCode != null) {
      where.add("upper(ministryCode) = :ministry");
      params.and("ministry", ministryCode.toUpperCase());
    }
    if (onlyCode != null) {
      where.add("code = :only");
      params.and("only", onlyCode.toUpperCase());
    }
    return find(String.join(" and ", where), Sort.by("code"), params);
  }
}
