package th.ita.reporting.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.security.CallerAgency;
import th.ita.reporting.repository.DirectoryRepository;

/** The agencies the read model knows, as far as the caller may see them. */
@ApplicationScoped
public class DirectoryService {

  private final DirectoryRepository directory;
  private final CallerAgency caller;

  public DirectoryService(DirectoryRepository directory, CallerAgency caller) {
    this.directory = directory;
    this.caller = caller;
  }

  /**
   * One page of agencies of a type and ministry (either may be null); an officer sees only their
   * own.
   */
  public Page<DirectoryAgency> search(String type, String ministry, PageRequest page) {
    String only = caller.isNational() ? null : caller.ownAgency().orElse("");
    PanacheQuery<DirectoryAgency> query = directory.search(type, ministry, only);
    return Page.of(query.page(page.page, page.size).list(), page, query.count());
  }
}
