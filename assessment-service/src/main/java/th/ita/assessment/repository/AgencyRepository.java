package th.ita.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

  /** Codes are stored upper-case; lookups accept any case. */
  public Optional<Agency> findByCode(String code) {
    return findByIdOptional(code.toUpperCase());
  }

  /** Agencies matching every given filter; {@code null} filters are ignored. */
  public PanacheQuery<Agency> search(
      AgencyType type, String ministryCode, String text, String onlyCode) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (type != null) {
      where.add("type = :type");
      params.and("type", type);
    }
    if (ministryCode != null) {
      where.add("upper(ministryCode) = :ministry");
      params.and("ministry", ministryCode.toUpperCase());
    }
    if (text != null && !text.isBlank()) {
      where.add("(lower(nameTh) like :text or lower(nameEn) like :text or lower(code) like :text)");
      params.and("text", "%" + text.toLowerCase().trim() + "%");
    }
    if (onlyCode != null) {
      where.add("code = :only");
      params.and("only", onlyCode.toUpperCase());
    }
    String query = where.isEmpty() ? "" : String.join(" and ", where);
    return find(query, Sort.by("code"), params);
  }
}
