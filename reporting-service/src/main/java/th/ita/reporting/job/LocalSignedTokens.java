package th.ita.reporting.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Tokens signed here with the local private key {@code ./ita} keeps in its state directory, which
 * the services trust in local mode: issuer {@code https://ita.local/issuer}, audience {@code
 * measures-service} only, role {@code viewer}, five minutes long and renewed a minute before they
 * end. The key is read at the first token, so a service started before the key exists still works.
 */
final class LocalSignedTokens implements MeasuresTokens {

  static final String SUBJECT = "reporting-service";
  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Path keyFile;
  private final String issuer;
  private final Supplier<Instant> now;
  private PrivateKey key;
  private String token;
  private Instant renewAt = Instant.MIN;

  LocalSignedTokens(Path keyFile, String issuer, Supplier<Instant> now) {
    this.keyFile = keyFile;
    this.issuer = issuer;
    this.now = now;
  }

  @Override
  public synchronized String token() {
    Instant at = now.get();
    if (token != null && at.isBefore(renewAt)) {
      return token;
    }
    long iat = at.getEpochSecond();
    String claims =
        "{\"iss\":\""
            + json(issuer)
            + "\",\"aud\":[\"measures-service\"],\"sub\":\""
            + SUBJECT
            + "\",\"upn\":\""
            + SUBJECT
            + "\",\"preferred_username\":\""
            + SUBJECT
            + "\",\"groups\":[\"viewer\"],\"iat\":"
            + iat
            + ",\"exp\":"
            + (iat + LIFETIME.toSeconds())
            + ",\"jti\":\""
            + UUID.randomUUID()
            + "\"}";
    String signingInput =
        B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      token = signingInput + "." + B64.encodeToString(rsa.sign());
      renewAt = at.plus(LIFETIME).minusSeconds(60);
      return token;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a token with " + keyFile, e);
    }
  }

  @Override
  public synchronized void forget() {
    token = null;
    key = null;
  }

  private PrivateKey key() throws GeneralSecurityException {
    if (key == null) {
      try {
        String pem = Files.readString(keyFile);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the signing key " + keyFile, e);
      }
    }
    return key;
  }

  /** The issuer is configuration, not input; quotes and backslashes are still kept out. */
  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
