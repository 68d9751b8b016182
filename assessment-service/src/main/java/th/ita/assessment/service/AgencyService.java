package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.event.AgencyEvents;
import th.ita.assessment.mapping.AgencyMapper;
import th.ita.assessment.repository.AgencyRepository;
import th.ita.assessment.rest.AgencyInput;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.rest.ETags;

/** The agency registry: every change is written with its event, in one transaction. */
@ApplicationScoped
public class AgencyService {

  private final AgencyRepository agencies;
  private final AgencyMapper mapper;
  private final AgencyEvents events;

  public AgencyService(AgencyRepository agencies, AgencyMapper mapper, AgencyEvents events) {
    this.agencies = agencies;
    this.mapper = mapper;
    this.events = events;
  }

  public Agency get(String code) {
    return agencies.findByCode(code).orElseThrow(() -> ProblemException.notFound("Agency", code));
  }

  public Page<Agency> search(AgencyType type, String ministry, String text, String onlyCode, PageRequest page) {
    var query = agencies.search(type, ministry, text, onlyCode);
    List<Agency> items = query.page(page.page, page.size).list();
    return Page.of(items, page, query.count());
  }

  @Transactional
  public Agency register(AgencyInput input, String user) {
    Agency agency = add(input, user);
    agencies.flush(); // a racing registration of the same code fails here, as a 409
    return agency;
  }

  /**
   * Registers an agency in the caller's transaction without flushing it, so that a bulk import
   * writes a whole group of agencies at once.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Agency add(AgencyInput input, String user) {
    if (input.code() == null || input.code().isBlank()) {
      throw ProblemException.validation(List.of(new FieldError("code", "must not be blank")));
    }
    String code = input.code().trim().toUpperCase();
    if (agencies.findByIdOptional(code).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Agency '" + code + "' is already registered", List.of(), Map.of("code", code));
    }
    Agency agency = new Agency();
    agency.code = code;
    mapper.apply(input, agency);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    agency.createdAt = now;
    agency.createdBy = user;
    agency.updatedAt = now;
    agency.updatedBy = user;
    agencies.persist(agency);
    events.registered(mapper.toSnapshot(agency));
    return agency;
  }

  /**
   * Updates an agency if it is still at {@code expectedVersion}; otherwise someone changed it since
   * the caller read it, and the caller must reload rather than overwrite.
   */
  @Transactional
  public Agency update(String code, long expectedVersion, AgencyInput input, String user) {
    Agency agency = get(code);
    ETags.requireCurrent("agency " + agency.code, agency.version, expectedVersion);
    mapper.apply(input, agency);
    agency.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    agency.updatedBy = user;
    agencies.flush(); // raises the version, so the event carries the new one
    events.updated(mapper.toSnapshot(agency));
    return agency;
  }
}
