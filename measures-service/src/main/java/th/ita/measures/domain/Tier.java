package th.ita.measures.domain;

/** Seed 002's tiers: keep above 97.50, improve 95.00–97.50, fix urgently below 95.00. */
public enum Tier {
  KEEP,
  IMPROVE,
  URGENT
}
