package th.ita.platform.testing.layers.good.service;

import th.ita.platform.testing.layers.good.domain.Agency;

public class AgencyService {
  public Agency find(String code) {
    return new Agency(code);
  }
}
