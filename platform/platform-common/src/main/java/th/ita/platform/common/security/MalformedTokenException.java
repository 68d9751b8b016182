package th.ita.platform.common.security;

/**
 * Why a correctly signed, fresh token for this service is still refused: one of the platform's
 * claims ({@code groups}, {@code agency_code}) does not have the shape the platform relies on. It
 * travels as the cause of the authentication failure, so the caller's 401 names the claim and the
 * identity provider's administrator knows which mapper to fix.
 */
public class MalformedTokenException extends RuntimeException {

  public MalformedTokenException(String message) {
    super(message);
  }
}
