package th.ita.platform.testing.layers.bad.domain;

public record Agency(String code) {}
