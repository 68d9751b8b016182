package th.ita.platform.testing.layers.good.rest;

public record AgencyView(String code) {}
