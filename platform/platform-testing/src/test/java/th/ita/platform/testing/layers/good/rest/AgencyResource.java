package th.ita.platform.testing.layers.good.rest;

import th.ita.platform.testing.layers.good.service.AgencyService;

public class AgencyResource {
  private final AgencyService service = new AgencyService();

  public AgencyView get(String code) {
    return new AgencyView(service.find(code).code());
  }
}
