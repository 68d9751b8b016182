package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.event.AgencyEvents;
import th.ita.assessment.mapping.AgencyMapper;
import th.ita.assessment.repository.AgencyRepository;
import th.ita.assessment.repository.PublishedViewRepository;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.rest.ETags;

/** The agency registry: every change is written with its event, in one transaction. */
@ApplicationScoped
public class AgencyService {

  private final AgencyRepository agencies;
  private final AgencyMapper mapper;
  private final AgencyEvents events;
  private final PublishedViewRepository resultViews;
  private final Event<RanksMoved> ranksMoved;
  private final Event<ResultsChanged> resultsChanged;
  private final Clock clock;

  public AgencyService(
      AgencyRepository agencies,
      AgencyMapper mapper,
      AgencyEvents events,
      PublishedViewRepository resultViews,
      Event<RanksMoved> ranksMoved,
      Event<ResultsChanged> resultsChanged,
      Clock clock) {
    this.agencies = agencies;
    this.mapper = mapper;
    this.events = events;
    this.resultViews = resultViews;
    this.ranksMoved = ranksMoved;
    this.resultsChanged = resultsChanged;
    this.clock = clock;
  }

  public Agency get(String code) {
    return agencies.findByCode(code).orElseThrow(() -> NotFoundException.of("Agency", code));
  }

  public Page<Agency> search(
      AgencyType type, String ministry, String text, String onlyCode, PageRequest page) {
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
      throw InvalidInputException.field("code", "must not be blank");
    }
    String code = input.code().trim().toUpperCase();
    if (agencies.findByIdOptional(code).isPresent()) {
      throw new ConflictException(
          "Agency '" + code + "' is already registered", Map.of("code", code));
    }
    Agency agency = new Agency();
    agency.code = code;
    mapper.apply(input, agency);
    agency.created(user, clock);
    agencies.persist(agency);
    events.registered(agency);
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
    String nameTh = agency.nameTh;
    String nameEn = agency.nameEn;
    var type = agency.type;
    String ministry = agency.ministryCode;
    mapper.apply(input, agency);
    agency.changed(user, clock);
    agencies.flush(); // raises the version, so the event carries the new one
    if (!Objects.equals(nameTh, agency.nameTh) || !Objects.equals(nameEn, agency.nameEn)) {
      // The stored views of its published results show its names: they are rendered again when
      // next read (after this row's lock, taken by the flush, is released).
      resultViews.forget(agency.code);
    }
    if (type != agency.type || !Objects.equals(ministry, agency.ministryCode)) {
      ranksMoved.fire(RanksMoved.inEveryYear());
    }
    // Its results' views show its names, type and ministry.
    resultsChanged.fire(ResultsChanged.ANY);
    events.updated(agency);
    return agency;
  }
}
