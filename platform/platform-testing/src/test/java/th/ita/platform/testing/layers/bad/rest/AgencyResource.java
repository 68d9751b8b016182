package th.ita.platform.testing.layers.bad.rest;

import th.ita.platform.testing.layers.bad.service.AgencyService;

public class AgencyResource {
  private final AgencyService service = new AgencyService();

  public AgencyView get(String code) {
    return new AgencyView(service.find(code).code());
  }
}
