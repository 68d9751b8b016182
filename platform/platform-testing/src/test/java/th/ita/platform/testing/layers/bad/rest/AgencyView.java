package th.ita.platform.testing.layers.bad.rest;

public record AgencyView(String code) {}
