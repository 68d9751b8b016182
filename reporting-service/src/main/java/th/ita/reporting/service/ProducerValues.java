package th.ita.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The closed sets of values the producers' events carry in fields this service keeps as strings.
 * Reporting is a tolerant reader: it stores and shows whatever a producer sends, so the fields stay
 * {@code String}. These enums only name the sets in the OpenAPI document: each is a component (by
 * its {@code @Schema} name) that the string fields point at with {@code @Schema(ref = "...")}.
 * ({@code implementation = X.class} on a {@code String} would make SmallRye type it {@code
 * object}.) The code never uses them; {@code ProducerValuesTest} holds each one to the producer's
 * own enum.
 */
public final class ProducerValues {

  private ProducerValues() {}

  /** measures-service's {@code MeasureStatus}. */
  @Schema(name = "MeasureStatus", description = "A measure's status, as measures-service names it")
  public enum MeasureStatus {
    DRAFT,
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    ON_HOLD,
    CANCELLED,
    DELAYED
  }

  /** measures-service's {@code MilestoneStatus}. */
  @Schema(
      name = "MilestoneStatus",
      description = "A milestone's status, as measures-service names it")
  public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    OVERDUE
  }

  /** measures-service's {@code PlanStatus}. */
  @Schema(name = "PlanStatus", description = "A plan's status, as measures-service names it")
  public enum PlanStatus {
    DRAFT,
    APPROVED,
    PUBLISHED
  }

  /** The platform's {@code FiscalQuarter}, which measures-service's milestones and measures use. */
  @Schema(
      name = "FiscalQuarter",
      description = "A quarter of the Thai fiscal year: Q1 Oct–Dec … Q4 Jul–Sep")
  public enum FiscalQuarter {
    Q1,
    Q2,
    Q3,
    Q4
  }

  /** measures-service's {@code Tier}. */
  @Schema(
      name = "Tier",
      description = "How urgently a question needs improving: KEEP, IMPROVE or URGENT")
  public enum Tier {
    KEEP,
    IMPROVE,
    URGENT
  }

  /** measures-service's {@code FrameCategory}. */
  @Schema(
      name = "FrameCategory",
      description = "The PIRAB frame of a measure: Partnership, Regulate, Advocate, Build capacity")
  public enum FrameCategory {
    PARTNERSHIP,
    REGULATE,
    ADVOCATE,
    BUILD_CAPACITY
  }

  /** assessment-service's {@code AgencyType}. */
  @Schema(
      name = "AgencyType",
      description = "The kind of public body, as assessment-service's registry names it")
  public enum AgencyType {
    DEPARTMENT,
    PROVINCE,
    PUBLIC_ORGANIZATION,
    STATE_ENTERPRISE,
    UNIVERSITY,
    INDEPENDENT_ORGAN,
    COURT,
    LOCAL_ADMINISTRATION,
    OTHER
  }

  /** assessment-service's {@code FrameworkDefinition.ToolCode}. */
  @Schema(
      name = "ToolCode",
      description = "An assessment tool: IIT (internal), EIT (external) or OIT (open data)")
  public enum ToolCode {
    IIT,
    EIT,
    OIT
  }

  /** assessment-service's {@code FrameworkDefinition.PartCode}. */
  @Schema(name = "PartCode", description = "A part (stakeholder group) of a two-part tool (EIT)")
  public enum PartCode {
    PUBLIC,
    SURVEY
  }

  /** assessment-service's {@code ResultInput.Round}. */
  @Schema(name = "Round", description = "The assessment round")
  public enum Round {
    FINAL,
    INTERIM
  }
}
