package th.ita.measures;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import th.ita.measures.rest.view.PlanViews.MeasureView;
import th.ita.platform.testing.LayerRules;

/** The service's layers point one way and its mappers query nothing (see {@link LayerRules}). */
class ArchitectureTest {

  @Test
  void layersPointOneWay() {
    LayerRules.check("th.ita.measures");
  }

  @Test
  void aServiceThatReturnsAnApiViewBreaksTheRules() throws ClassNotFoundException {
    JavaClasses classes =
        new ClassFileImporter()
            .importClasses(
                Class.forName("th.ita.measures.service.ServiceReturningAView"), MeasureView.class);
    assertThatThrownBy(() -> LayerRules.check("th.ita.measures", classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("only rest and the mappers that build its views use rest")
        .hasMessageContaining("ServiceReturningAView");
  }
}
