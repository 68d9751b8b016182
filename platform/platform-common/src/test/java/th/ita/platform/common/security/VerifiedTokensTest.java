package th.ita.platform.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  static final long NOW = 1_800_000_000L;

  final AtomicLong clock = new AtomicLong(NOW);
  final Map<String, Integer> verifications = new HashMap<>();
  final Map<String, JsonWebToken> valid = new HashMap<>();

  final VerifiedTokens tokens =
      new VerifiedTokens(
          new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
              verifications.merge(token, 1, Integer::sum);
              JsonWebToken found = valid.get(token);
              if (found == null) {
                throw new ParseException("bad signature");
              }
              return found;
            }
          },
          3600,
          clock::get);

  @Test
  void aTokenIsVerifiedOnceForItsNextRequests() throws Exception {
    valid.put("a", token(NOW - 10, NOW + 900));

    JsonWebToken first = tokens.parse("a");
    JsonWebToken second = tokens.parse("a");
    clock.addAndGet(59);
    JsonWebToken third = tokens.parse("a");

    assertThat(second).isSameAs(first);
    assertThat(third).isSameAs(first);
    assertThat(verifications).containsEntry("a", 1);
  }

  @Test
  void aTokenIsVerifiedAgainAMinuteLater() throws Exception {
    valid.put("a", token(NOW - 10, NOW + 900));
    tokens.parse("a");

    clock.addAndGet(60);
    tokens.parse("a");

    assertThat(verifications).containsEntry("a", 2);
  }

  @Test
  void anExpiredTokenGoesBackToTheVerifier() throws Exception {
    valid.put("a", token(NOW - 10, NOW + 5));
    tokens.parse("a");
    clock.addAndGet(5);
    valid.remove("a"); // the verifier now refuses it, as it would an expired token

    assertThatThrownBy(() -> tokens.parse("a")).isInstanceOf(ParseException.class);
    assertThat(verifications).containsEntry("a", 2);
  }

  @Test
  void aTokenPastTheMaximumAgeGoesBackToTheVerifier() throws Exception {
    // Issued 3,590 s ago: the maximum age of 3,600 s ends in 10 s, before its expiry.
    valid.put("a", token(NOW - 3590, NOW + 900));
    tokens.parse("a");
    clock.addAndGet(9);
    tokens.parse("a");
    clock.addAndGet(1);
    tokens.parse("a");

    assertThat(verifications).containsEntry("a", 2);
  }

  @Test
  void aRefusedTokenIsNeverKept() {
    assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

    assertThat(verifications).containsEntry("forged", 2);
  }

  private static JsonWebToken token(long issuedAt, long expiresAt) {
    Map<String, Object> claims = Map.of("iat", issuedAt, "exp", expiresAt, "sub", "someone");
    return new JsonWebToken() {
      @Override
      public String getName() {
        return "someone";
      }

      @Override
      public Set<String> getClaimNames() {
        return claims.keySet();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T getClaim(String name) {
        return (T) claims.get(name);
      }
    };
  }
}
