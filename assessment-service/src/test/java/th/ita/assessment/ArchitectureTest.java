package th.ita.assessment;

import org.junit.jupiter.api.Test;
import th.ita.platform.testing.LayerRules;

/** The service keeps the platform's layer rules: no package cycles, views only in rest, no HTTP problems below it. */
class ArchitectureTest {

  @Test
  void layersPointOneWay() {
    LayerRules.check("th.ita.assessment");
  }
}
