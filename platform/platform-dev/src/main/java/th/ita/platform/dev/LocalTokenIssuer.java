package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens with a local RSA key, for running the platform and its tests without an
 * identity provider. The services verify them with the public key, exactly as they verify
 * Keycloak's tokens in docker-compose. The key pair is kept in the state directory, so tokens stay
 * valid across restarts.
 */
public final class LocalTokenIssuer {

  public static final String ISSUER = "https://ita.local/issuer";
  public static final String AGENCY_CLAIM = "agency_code";
  public static final List<String> ROLES =
      List.of("ita-admin", "assessor", "agency-officer", "agency-head", "viewer");

  /** The roles that work for one agency and so need its code. */
  public static final List<String> AGENCY_ROLES = List.of("agency-officer", "agency-head");

  /**
   * The audiences of the platform's services: each service accepts only tokens whose {@code aud}
   * names it (its application name). Local tokens name all three, as Keycloak's do for the
   * platform's clients.
   */
  public static final List<String> AUDIENCES =
      List.of("assessment-service", "measures-service", "reporting-service");

  private final PrivateKey privateKey;
  private final Path publicKeyFile;

  private LocalTokenIssuer(PrivateKey privateKey, Path publicKeyFile) {
    this.privateKey = privateKey;
    this.publicKeyFile = publicKeyFile;
  }

  /** Loads the key pair from {@code keyDir}, creating it on first use. */
  public static LocalTokenIssuer inDirectory(Path keyDir) throws IOException {
    Path privateFile = keyDir.resolve("private-key.pem");
    Path publicFile = keyDir.resolve("public-key.pem");
    try {
      if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
        Files.createDirectories(keyDir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      }
      byte[] der = unpem(Files.readString(privateFile));
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      return new LocalTokenIssuer(key, publicFile);
    } catch (GeneralSecurityException e) {
      throw new IOException("Could not create or read the local signing key in " + keyDir, e);
    }
  }

  /**
   * The PEM file of the private key: reporting-service signs its own tokens towards
   * measures-service with it in local mode.
   */
  public Path privateKeyFile() {
    return publicKeyFile.resolveSibling("private-key.pem");
  }

  /** The PEM file the services are configured to verify tokens with. */
  public Path publicKeyFile() {
    return publicKeyFile;
  }

  public PublicKey publicKey() throws IOException {
    try {
      byte[] der = unpem(Files.readString(publicKeyFile));
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * A token for {@code subject} with one role, for every service of the platform; {@code
   * agencyCode} names the officer's agency and may be null for national roles. A head of agency is
   * also its officer, so an {@code agency-head} token carries both roles, as Keycloak's composite
   * role does.
   */
  public String issue(String subject, String role, String agencyCode, Duration lifetime) {
    return sign(claims(subject, role, agencyCode, lifetime));
  }

  /**
   * The claims {@link #issue} signs, for a caller (a test) that changes some of them first: the
   * audience, the time of issue, a claim of the wrong shape.
   */
  public JwtClaims claims(String subject, String role, String agencyCode, Duration lifetime) {
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("Unknown role '" + role + "'; one of " + ROLES);
    }
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCES);
    claims.setSubject(subject);
    claims.setClaim("upn", subject);
    claims.setClaim("preferred_username", subject);
    if ("agency-head".equals(role)) {
      claims.setStringListClaim("groups", "agency-officer", "agency-head");
    } else {
      claims.setStringListClaim("groups", role);
    }
    if (agencyCode != null && !agencyCode.isBlank()) {
      claims.setClaim(AGENCY_CLAIM, agencyCode);
    }
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
    claims.setJwtId(UUID.randomUUID().toString());
    return claims;
  }

  /** Signs {@code claims} with the local key. */
  public String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(privateKey);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign a token", e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] unpem(String pem) {
    return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
  }
}
