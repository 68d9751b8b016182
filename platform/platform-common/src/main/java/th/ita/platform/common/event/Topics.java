package th.ita.platform.common.event;

/**
 * The Kafka topics of the platform. Every event is keyed by agency code, so one agency's events
 * stay in order on one partition.
 */
public final class Topics {

  /** Agency registry changes, from assessment-service. */
  public static final String AGENCIES = "ita.agencies";

  /** Published assessment results, from assessment-service. */
  public static final String RESULTS = "ita.results";

  /**
   * Assessment frameworks with their texts, from assessment-service: one {@code FrameworkPublished}
   * per framework version, keyed by fiscal year (not by agency). Consumers keep every version and
   * join results to the one each names.
   */
  public static final String FRAMEWORKS = "ita.frameworks";

  /** Measure and milestone status changes, from measures-service. */
  public static final String MEASURES = "ita.measures";

  /** Plan approval and publication, from measures-service. */
  public static final String PLANS = "ita.plans";

  /** Messages a consumer could not process, with the reason in headers. */
  public static final String DEAD_LETTER = "ita.dead-letter";

  private Topics() {}
}
