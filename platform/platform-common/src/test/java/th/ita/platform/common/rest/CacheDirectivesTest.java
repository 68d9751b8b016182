package th.ita.platform.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheDirectivesTest {

  @Test
  void noCacheIsFoundAmongOtherDirectivesInAnyCase() {
    assertThat(CacheDirectives.noCache("no-cache")).isTrue();
    assertThat(CacheDirectives.noCache("max-age=0, No-Cache")).isTrue();
  }

  @Test
  void otherDirectivesOrNoneAskForNothingAnew() {
    assertThat(CacheDirectives.noCache(null)).isFalse();
    assertThat(CacheDirectives.noCache("")).isFalse();
    assertThat(CacheDirectives.noCache("no-store, max-age=0")).isFalse();
    assertThat(CacheDirectives.noCache("no-cachet")).isFalse();
  }
}
