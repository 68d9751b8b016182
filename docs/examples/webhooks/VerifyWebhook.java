import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook from the ITA platform (Standard Webhooks signature), with the JDK alone.
 *
 * <p>Call it with the subscription's secret ({@code whsec_…}), the request's headers and its body
 * exactly as received (the raw bytes as UTF-8 text, before any JSON parsing), and act on the event
 * only when it answers true. Then answer 2xx quickly; do slow work afterwards.
 */
public final class VerifyWebhook {

  /** How far the webhook-timestamp may be from now: older deliveries may be replays. */
  static final long TOLERANCE_SECONDS = 5 * 60;

  private VerifyWebhook() {}

  /**
   * @param headers the request headers, names in lower case ({@code webhook-id}, {@code
   *     webhook-timestamp}, {@code webhook-signature})
   */
  public static boolean verify(
      String secret, Map<String, String> headers, String body, long nowEpochSeconds) {
    String id = headers.get("webhook-id");
    String timestamp = headers.get("webhook-timestamp");
    String signatures = headers.get("webhook-signature");
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    long sent;
    try {
      sent = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(nowEpochSeconds - sent) > TOLERANCE_SECONDS) {
      return false;
    }
    byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
    // During a secret rotation the header carries one signature per secret, space separated.
    for (String signature : signatures.split(" ")) {
      if (signature.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(signature.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, given)) { // constant time
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String content) {
    String key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
