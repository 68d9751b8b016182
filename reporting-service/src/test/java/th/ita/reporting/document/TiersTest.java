package th.ita.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.domain.InvalidInputException;

/** Tiers and layouts: the words the measures document is grouped by. */
class TiersTest {

  @Test
  void aScoreFallsInOneTierWithTheBoundsAsPublished() {
    Tiers tiers = Tiers.DEFAULT;
    assertThat(tiers.of(new BigDecimal("97.51"))).isEqualTo(Tier.KEEP);
    assertThat(tiers.of(new BigDecimal("97.50"))).isEqualTo(Tier.IMPROVE);
    assertThat(tiers.of(new BigDecimal("95.00"))).isEqualTo(Tier.IMPROVE);
    assertThat(tiers.of(new BigDecimal("94.99"))).isEqualTo(Tier.URGENT);
    assertThat(tiers.of(null)).isNull();
  }

  @Test
  void rangesAndNamesAreWrittenInTheDocumentsLanguage() {
    Labels en = Labels.of("en");
    assertThat(Tiers.DEFAULT.range(Tier.KEEP, en)).isEqualTo("above 97.50");
    assertThat(Tiers.DEFAULT.range(Tier.IMPROVE, en)).isEqualTo("95.00 – 97.50");
    assertThat(Tiers.DEFAULT.range(Tier.URGENT, en)).isEqualTo("below 95.00");
    assertThat(en.tier(Tier.URGENT)).isEqualTo("Fix urgently");
    assertThat(en.tier(null)).isEqualTo("Other measures");
  }

  @Test
  void aMeasuresOwnTierIsReadLeniently() {
    assertThat(Tier.named(" keep ")).contains(Tier.KEEP);
    assertThat(Tier.named("URGENT")).contains(Tier.URGENT);
    assertThat(Tier.named(null)).isEqualTo(Optional.empty());
    assertThat(Tier.named("SOMETIMES")).isEqualTo(Optional.empty());
  }

  @Test
  void theLayoutIsIssuesUnlessTiersIsAsked() {
    assertThat(MeasuresLayout.of(null)).isEqualTo(MeasuresLayout.ISSUES);
    assertThat(MeasuresLayout.of(" Tiers ")).isEqualTo(MeasuresLayout.TIERS);
    assertThat(MeasuresDocumentBuilder.of(MeasuresLayout.TIERS))
        .isInstanceOf(MeasuresByTierBuilder.class);
    assertThatThrownBy(() -> MeasuresLayout.of("table"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("1 field is invalid");
  }
}
