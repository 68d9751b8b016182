package th.ita.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.domain.InvalidInputException;

/**
 * Where the platform may send a webhook: HTTPS only, and never to the platform's own network
 * (private, loopback, link-local, multicast, unspecified, carrier-grade NAT or unique-local IPv6
 * addresses), so that a subscription cannot make the service call what only it can reach. Hosts an
 * operator lists in {@code ita.webhooks.allowed-hosts} (a developer's {@code localhost}) are exempt
 * from both rules. Checked when a subscription is made and again before each delivery, after DNS
 * resolution, since a name can point elsewhere later.
 */
@ApplicationScoped
public class WebhookAddresses {

  static final int MAX_URL = 2000;

  private final Set<String> allowedHosts;

  public WebhookAddresses(
      @ConfigProperty(name = "ita.webhooks.allowed-hosts") Optional<List<String>> allowedHosts) {
    this.allowedHosts =
        allowedHosts.orElse(List.of()).stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The URL a subscription may have, or a 400 naming {@code url} and why. */
  public URI requireAcceptable(String url) {
    return check(url).orElseThrow(() -> InvalidInputException.field("url", why(url)));
  }

  /** Empty when {@code url} may be called now; else why not. */
  public Optional<String> refusal(String url) {
    return check(url).isPresent() ? Optional.empty() : Optional.of(why(url));
  }

  private Optional<URI> check(String url) {
    return why(url) == null ? Optional.of(URI.create(url)) : Optional.empty();
  }

  /** Null when acceptable. */
  private String why(String url) {
    if (url == null || url.isBlank()) {
      return "must be an https URL";
    }
    if (url.length() > MAX_URL) {
      return "must be at most " + MAX_URL + " characters";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "is not a URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return "must be an absolute https URL with a host";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not carry a user name or password; the signature authenticates the platform";
    }
    if (uri.getRawFragment() != null) {
      return "must not have a fragment";
    }
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    boolean allowed = allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT));
    if (!scheme.equals("https") && !allowed) {
      return "must use https (plain http only to hosts an operator allows)";
    }
    if (allowed) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bareHost);
    } catch (UnknownHostException e) {
      return "has a host that does not resolve: " + bareHost;
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return "resolves to "
            + address.getHostAddress()
            + ", a private, loopback, link-local or otherwise internal address";
      }
    }
    return null;
  }

  /** False for every address a webhook must not reach. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // fc00::/7 unique local
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return false; // fec0::/10 old site-local
      }
      if (isMappedIpv4(b)) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0 // 0.0.0.0/8 "this network"
        && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
        && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
        && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
        && first < 240; // 240.0.0.0/4 reserved, and the broadcast address
  }

  private static boolean isMappedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
