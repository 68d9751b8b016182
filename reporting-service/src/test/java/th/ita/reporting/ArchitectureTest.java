package th.ita.reporting;

import org.junit.jupiter.api.Test;
import th.ita.platform.testing.LayerRules;

/** The layers of the reporting service point one way; see {@link LayerRules}. */
class ArchitectureTest {

  @Test
  void layersPointOneWay() {
    LayerRules.check("th.ita.reporting");
  }
}
