package th.ita.platform.testing.layers.bad.service;

import th.ita.platform.testing.layers.bad.domain.Agency;
import th.ita.platform.testing.layers.bad.rest.AgencyView;

/** Breaks the rule on purpose: a service that knows the REST view. */
public class AgencyService {
  public Agency find(String code) {
    return new Agency(code);
  }

  public AgencyView view(String code) {
    return new AgencyView(code);
  }
}
