package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "127.0.0.1",
        "127.255.0.9",
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:10.0.0.1"
      })
  void internalAddressesAreRefused(String address) throws Exception {
    assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "203.0.113.10", "172.32.0.1", "2001:4860:4860::8888"})
  void publicAddressesAreAccepted(String address) throws Exception {
    assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:pass@8.8.8.8/hook",
        "https://8.8.8.8/hook#part",
        "https://127.0.0.1/hook",
        "http://8.8.8.8/hook",
        "/relative",
        "not a url"
      })
  void theseUrlsAreRefused(String url) {
    assertThat(new WebhookAddresses(Optional.of(List.of("localhost"))).refusal(url)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://8.8.8.8/hook", "http://localhost:8080/hook"})
  void theseUrlsAreAccepted(String url) {
    assertThat(new WebhookAddresses(Optional.of(List.of("localhost"))).refusal(url)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080/hook", "https://localhost/hook"})
  void localhostOnlyWhenAllowed(String url) {
    assertThat(new WebhookAddresses(Optional.empty()).refusal(url)).isPresent();
  }
}
