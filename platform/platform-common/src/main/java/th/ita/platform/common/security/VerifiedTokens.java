package th.ita.platform.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once and remembers the result for its next requests. A portal or an
 * agency's system sends the same token with every call for as long as it lives; checking its RSA
 * signature and parsing its claims each time cost a third of a published result's GET.
 *
 * <p>Only tokens that verified are kept, keyed by their exact text, so a kept token is one the
 * verifier accepted with the same bytes. A kept token is used until the first of: its expiry, the
 * end of the maximum token age after its issue, and {@link #KEPT} after it was verified, so that a
 * change of the trusted key or issuer reaches every token within that time. Times are the system
 * clock's, which the verifier itself uses.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

  /** The longest a verified token is used without being verified again. */
  static final Duration KEPT = Duration.ofSeconds(60);

  /** About the callers one instance serves at once; more only means verifying again. */
  static final int CALLERS = 2_000;

  private record Verified(JsonWebToken token, long usableUntilSecond) {}

  private final JWTParser verifier;
  private final long maxAgeSeconds;
  private final LongSupplier nowSecond;
  private final Cache<String, Verified> verified =
      Caffeine.newBuilder().maximumSize(CALLERS).expireAfterWrite(KEPT).build();

  @Inject
  public VerifiedTokens(
      JWTAuthContextInfo context,
      @ConfigProperty(name = "mp.jwt.verify.token.age", defaultValue = "3600") long maxAgeSeconds) {
    this(new DefaultJWTParser(context), maxAgeSeconds, () -> System.currentTimeMillis() / 1000);
  }

  VerifiedTokens(JWTParser verifier, long maxAgeSeconds, LongSupplier nowSecond) {
    this.verifier = verifier;
    this.maxAgeSeconds = maxAgeSeconds;
    this.nowSecond = nowSecond;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    long now = nowSecond.getAsLong();
    Verified kept = verified.getIfPresent(token);
    if (kept != null && now < kept.usableUntilSecond()) {
      return kept.token();
    }
    JsonWebToken fresh = verifier.parse(token);
    long until = Math.min(fresh.getExpirationTime(), now + KEPT.toSeconds());
    if (fresh.getIssuedAtTime() > 0) {
      until = Math.min(until, fresh.getIssuedAtTime() + maxAgeSeconds);
    }
    verified.put(token, new Verified(fresh, until));
    return fresh;
  }

  // The other ways of parsing take their own keys or context: they are not the bearer check, so
  // they are passed on as they are.

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}
