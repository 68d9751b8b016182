package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.event.EventPayloads;
import th.ita.measures.mapping.PlanMapper;
import th.ita.measures.rest.view.PlanViews.MeasureView;
import th.ita.measures.rest.view.PlanViews.PlanView;
import th.ita.platform.common.calendar.FiscalQuarter;

/** The API's views and the events' payloads of a plan built in memory: nothing is read. */
class PlanMapperTest {

  /** Serialises as the service does: ISO dates, no nulls. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final PlanMapper mapper = new PlanMapper();

  @Test
  void aMeasureShowsItsPeriodQuartersAndMilestonesInThaiAndEnglish() {
    Plan plan = MeasureData.plan("UNIT-MAP", 2568);
    Measure m = MeasureData.measure(plan);
    Evidence evidence = MeasureData.evidence(m, LocalDate.of(2024, 11, 20));

    MeasureView view = mapper.toView(m, List.of(evidence));

    assertThat(view.agencyCode()).isEqualTo("UNIT-MAP");
    assertThat(view.fiscalYear()).isEqualTo(2568);
    assertThat(view.issueNameTh()).isNotBlank();
    assertThat(view.periodTh()).isEqualTo("ต.ค. 2567 – มี.ค. 2568");
    assertThat(view.periodEn()).isEqualTo("Oct 2024 – Mar 2025");
    assertThat(view.quarters()).containsExactly(FiscalQuarter.Q1, FiscalQuarter.Q2);
    assertThat(view.reporting()).isEqualTo(new Reporting("ผู้อำนวยการ", 6, null));
    assertThat(view.allowedTransitions())
        .containsExactly(MeasureStatus.IN_PROGRESS, MeasureStatus.ON_HOLD, MeasureStatus.CANCELLED);
    assertThat(view.milestones())
        .singleElement()
        .satisfies(
            ms -> {
              assertThat(ms.quarterTh()).isEqualTo("ไตรมาส 1 (ต.ค. – ธ.ค. 2567)");
              assertThat(ms.dueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
            });
    assertThat(view.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(evidence.id);
              assertThat(e.occurredOnTh()).isEqualTo("20 พ.ย. 2567");
            });
    assertThat(view.version()).isEqualTo(3);
    assertThat(view.createdAt()).isEqualTo(MeasureData.CREATED);
  }

  @Test
  void aPlanShowsTheAgencyNameAndEachMeasureWithItsOwnEvidence() {
    Plan plan = MeasureData.plan("UNIT-PLAN", 2568);
    Measure first = MeasureData.measure(plan);
    Measure second = MeasureData.measure(plan);
    second.ordinal = 2;
    Evidence e = MeasureData.evidence(second, LocalDate.of(2024, 12, 1));

    PlanView view = mapper.toView(plan, "กรมทดสอบ", Map.of(second.id, List.of(e)));

    assertThat(view.agencyNameTh()).isEqualTo("กรมทดสอบ");
    assertThat(view.measures()).extracting(MeasureView::id).containsExactly(first.id, second.id);
    assertThat(view.measures().get(0).evidence()).isEmpty();
    assertThat(view.measures().get(1).evidence()).extracting(x -> x.id()).containsExactly(e.id);
  }

  @Test
  void theEventsCarryTheSameJsonAsThePlanTheApiShows() {
    Plan plan = MeasureData.plan("UNIT-EVENT", 2568);
    Measure m = MeasureData.measure(plan);
    Evidence e = MeasureData.evidence(m, LocalDate.of(2024, 11, 20));
    Map<UUID, List<Evidence>> evidence = Map.of(m.id, List.of(e));

    assertThat(tree(EventPayloads.plan(plan, "กรมทดสอบ", evidence)))
        .isEqualTo(tree(mapper.toView(plan, "กรมทดสอบ", evidence)));
    assertThat(tree(EventPayloads.measure(m, List.of(e))))
        .isEqualTo(tree(mapper.toView(m, List.of(e))));
    assertThat(tree(EventPayloads.evidence(e))).isEqualTo(tree(mapper.toView(e)));
  }

  private static JsonNode tree(Object value) {
    return JSON.valueToTree(value);
  }
}
