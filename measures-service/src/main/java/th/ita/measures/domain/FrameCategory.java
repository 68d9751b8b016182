package th.ita.measures.domain;

/** The PIRAB frame of seed 003: Partnership, Regulate, Advocate, Build capacity. */
public enum FrameCategory {
  PARTNERSHIP,
  REGULATE,
  ADVOCATE,
  BUILD_CAPACITY
}
