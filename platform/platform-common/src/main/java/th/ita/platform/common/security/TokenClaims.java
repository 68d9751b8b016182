package th.ita.platform.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape the platform requires of the claims it reads itself: {@code groups} an array of role
 * names, {@code agency_code} an agency code. The token library is lenient here (it splits a string
 * {@code groups} at spaces and hands other values through), so the claims are read from the signed
 * payload as the issuer wrote them.
 */
public final class TokenClaims {

  /** The same rule as an agency's code in the registry. */
  static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

  private static final int MAX_GROUPS = 64;
  private static final int MAX_GROUP_LENGTH = 128;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TokenClaims() {}

  /** What is wrong with the token's platform claims, or empty when they are well formed. */
  public static Optional<String> problemWith(String rawToken) {
    JsonNode payload = payload(rawToken);
    if (payload == null) {
      return Optional.of("The token's payload is not a JSON object");
    }
    JsonNode groups = payload.get("groups");
    if (groups != null && !groups.isNull()) {
      if (!groups.isArray() || groups.size() > MAX_GROUPS) {
        return Optional.of(
            "The token's groups claim must be an array of at most " + MAX_GROUPS + " role names");
      }
      for (JsonNode group : groups) {
        if (!group.isTextual()
            || group.asText().isBlank()
            || group.asText().length() > MAX_GROUP_LENGTH) {
          return Optional.of(
              "The token's groups claim must hold role names (strings of 1 to "
                  + MAX_GROUP_LENGTH
                  + " characters)");
        }
      }
    }
    JsonNode agency = payload.get(Roles.AGENCY_CLAIM);
    if (agency != null
        && !agency.isNull()
        && (!agency.isTextual() || !AGENCY_CODE.matcher(agency.asText().trim()).matches())) {
      return Optional.of(
          "The token's "
              + Roles.AGENCY_CLAIM
              + " claim must be one agency code (1 to 32 letters, digits, '-' or '_')");
    }
    return Optional.empty();
  }

  private static JsonNode payload(String rawToken) {
    if (rawToken == null) {
      return null;
    }
    String[] parts = rawToken.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode node =
          JSON.readTree(
              new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      return node != null && node.isObject() ? node : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
