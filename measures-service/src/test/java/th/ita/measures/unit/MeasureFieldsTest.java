package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.Plan;
import th.ita.measures.service.MeasureFields;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;

/**
 * A measure checked against its plan's fiscal year (FY2568: 1 Oct 2024 – 30 Sep 2025) and copied
 * onto the entity.
 */
class MeasureFieldsTest {

  private final MeasureFields fields = new MeasureFields();

  @Test
  void aMeasureInsideItsFiscalYearWithMilestonesInItsPeriodIsValid() {
    assertThatCode(
            () ->
                fields.validate(
                    MeasureData.input(
                        LocalDate.of(2024, 10, 1),
                        LocalDate.of(2025, 9, 30),
                        List.of(
                            MeasureData.milestone(FiscalQuarter.Q1),
                            MeasureData.milestone(FiscalQuarter.Q4))),
                    2568))
        .doesNotThrowAnyException();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                fields.validate(
                    MeasureData.input(
                        LocalDate.of(2025, 10, 1), LocalDate.of(2024, 9, 30), List.of()),
                    2568));
    assertThat(e.getMessage()).isEqualTo("3 fields are invalid");
    assertThat(e.errors())
        .containsExactly(
            new FieldError("periodEnd", "must not be before periodStart 2025-10-01"),
            new FieldError(
                "periodStart",
                "must be in fiscal year 2568 (2024-10-01 to 2025-09-30)",
                "2025-10-01"),
            new FieldError(
                "periodEnd",
                "must be in fiscal year 2568 (2024-10-01 to 2025-09-30)",
                "2024-09-30"));
  }

  @Test
  void aMilestoneOutsideThePeriodOrTwiceInAQuarterIsNamedByItsIndex() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                fields.validate(
                    MeasureData.input(
                        LocalDate.of(2024, 10, 1),
                        LocalDate.of(2025, 3, 31),
                        List.of(
                            MeasureData.milestone(FiscalQuarter.Q1),
                            MeasureData.milestone(FiscalQuarter.Q1),
                            MeasureData.milestone(FiscalQuarter.Q3))),
                    2568));
    assertThat(e.errors())
        .containsExactly(
            new FieldError(
                "milestones[1].quarter",
                "a measure has one milestone per quarter; Q1 is given twice",
                "Q1"),
            new FieldError(
                "milestones[2].quarter",
                "Q3 of FY2568 (2025-04-01 to 2025-06-30) is outside the measure's period",
                "Q3"));
  }

  @Test
  void applyingKeepsTheProgressOfMilestonesMatchedByQuarter() {
    Plan plan = MeasureData.plan("UNIT-FIELDS", 2568);
    Measure m = MeasureData.measure(plan);
    Milestone q1 = m.milestones.get(0);
    UUID q1Id = q1.id;
    q1.status = MilestoneStatus.DONE;

    fields.apply(
        MeasureData.input(
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 6, 30),
            List.of(
                MeasureData.milestone(FiscalQuarter.Q1), MeasureData.milestone(FiscalQuarter.Q3))),
        m,
        2568);

    assertThat(m.titleTh).isEqualTo("จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์");
    assertThat(m.periodEnd).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(m.reporting()).isNull();
    assertThat(m.milestones)
        .extracting(x -> x.quarter)
        .containsExactly(FiscalQuarter.Q1, FiscalQuarter.Q3);
    assertThat(m.milestones.get(0).id).isEqualTo(q1Id);
    assertThat(m.milestones.get(0).status).isEqualTo(MilestoneStatus.DONE);
    assertThat(m.milestones.get(0).activity).isEqualTo("กิจกรรม Q1");
    assertThat(m.milestones.get(1).status).isEqualTo(MilestoneStatus.PLANNED);
    assertThat(m.milestones.get(1).dueDate).isEqualTo(LocalDate.of(2025, 6, 30));
  }
}
