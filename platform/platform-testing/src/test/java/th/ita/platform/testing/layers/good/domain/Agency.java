package th.ita.platform.testing.layers.good.domain;

public record Agency(String code) {}
