package th.ita.platform.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak server, the distribution Maven resolved ({@code
 * org.keycloak:keycloak-quarkus-dist}), in development mode with its file database, the platform's
 * realm imported from {@code deploy/docker/keycloak/ita-realm.json}. It needs Java 21 or newer,
 * which it looks for on this machine; the run command itself may run on 17.
 *
 * <p>The distribution is unpacked into the state directory once, so that the server's own build
 * step and its database stay with that state. The realm is imported again (on a fresh database)
 * whenever the realm file has changed since it was imported.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "ita";

  /** The master realm's administrator (the admin console), password the same; development only. */
  public static final String CONSOLE_USER = "admin";

  private static final String DISTRIBUTION_RESOURCE = "/keycloak-distribution.path";
  private static final int MIN_JAVA = 21;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int port;
  private final Path log;
  private final Path realmHashFile;
  private final String realmHash;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private KeycloakServer(
      Process process, int port, Path log, Path realmHashFile, String realmHash) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.realmHashFile = realmHashFile;
    this.realmHash = realmHash;
  }

  /**
   * Starts Keycloak on {@code port} (0 for a free one) with its files under {@code stateDir}, and
   * returns at once: {@link #awaitReady} waits for it, so the caller can start other things
   * meanwhile.
   */
  public static KeycloakServer start(
      Path stateDir, int port, Path realmFile, Path log, Map<String, String> env)
      throws IOException {
    if (!Files.isRegularFile(realmFile)) {
      throw new IOException("The realm to import is missing: " + realmFile);
    }
    Path javaHome = javaHome(env);
    Path home = unpack(distribution(), stateDir);
    String hash = sha256(realmFile);
    Path hashFile = stateDir.resolve("realm.sha256");
    String imported = Files.exists(hashFile) ? Files.readString(hashFile).trim() : "";
    if (!hash.equals(imported)) {
      // A changed realm file is imported on a fresh database; Keycloak skips a realm that exists.
      Directories.deleteRecursively(home.resolve("data/h2"));
      Files.deleteIfExists(hashFile);
    }
    Path imports = Files.createDirectories(home.resolve("data/import"));
    Files.copy(
        realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

    int httpPort = port > 0 ? port : ChildJvm.freePort();
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add(
          "/usr/bin/setsid"); // its own session: Ctrl-C reaches the run command, which stops it in
      // order
    }
    if (envResetsSignals()) {
      // Started from a background script, the launch script would inherit SIGINT and SIGTERM as
      // ignored and could never be stopped by them; GNU env gives them back their default.
      command.addAll(List.of("env", "--default-signal=INT,HUP,TERM"));
    }
    command.addAll(
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + httpPort,
            "--http-management-port=" + ChildJvm.freePort(),
            // A fixed issuer ("iss"), whatever host name a client used to fetch its token.
            "--hostname=http://localhost:" + httpPort,
            "--import-realm"));
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", CONSOLE_USER);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", CONSOLE_USER);
    return new KeycloakServer(builder.start(), httpPort, log, hashFile, hash);
  }

  /** Waits until the realm is served, which is after the import. */
  public void awaitReady(Duration timeout) throws IOException {
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(localUrl() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Keycloak exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          Files.writeString(realmHashFile, realmHash + "\n");
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Keycloak", e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Keycloak", e);
      }
    }
    throw new IOException("Keycloak was not ready within " + timeout + "; see " + log);
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The tokens' {@code iss}, which the services expect (MP_JWT_VERIFY_ISSUER). */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** Where the services fetch the realm's signing keys (MP_JWT_VERIFY_PUBLICKEY_LOCATION). */
  public String jwksUrl() {
    return localUrl() + "/protocol/openid-connect/certs";
  }

  public String tokenUrl() {
    return issuer() + "/protocol/openid-connect/token";
  }

  /** The log the server writes. */
  public Path log() {
    return log;
  }

  /**
   * The processes to stop if this run is killed without a chance to stop them: the server's JVMs.
   */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    pids.add(process.pid());
    process.descendants().forEach(p -> pids.add(p.pid()));
    return pids;
  }

  /** An access token for a user of the realm (the password grant of a public client). */
  public String passwordToken(String clientId, String username, String password)
      throws IOException {
    return token(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            clientId,
            "username",
            username,
            "password",
            password));
  }

  /** An access token for a confidential client's own service account (client credentials). */
  public String clientToken(String clientId, String secret) throws IOException {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private String token(Map<String, String> form) throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(localUrl() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = JSON.readTree(response.body());
      if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
        throw new IOException(
            "Keycloak refused a token for "
                + form.get("client_id")
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
      return json.get("access_token").asText();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while asking Keycloak for a token", e);
    }
  }

  /** Stops the server and every process it started (the launch script and its JVMs). */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plusSeconds(30);
    for (ProcessHandle p : tree) {
      try {
        p.onExit()
            .get(
                Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  /** The realm's URL on the loopback address the server listens on. */
  private String localUrl() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  private static boolean envResetsSignals() {
    try {
      Process check =
          new ProcessBuilder("env", "--default-signal=INT,HUP,TERM", "true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return check.waitFor(10, TimeUnit.SECONDS) && check.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Where the build recorded the distribution in the local Maven repository. */
  static Path distribution() throws IOException {
    try (InputStream in = KeycloakServer.class.getResourceAsStream(DISTRIBUTION_RESOURCE)) {
      if (in == null) {
        throw new IOException(
            "The run command was built without the Keycloak distribution; build it with ./mvnw package");
      }
      Path zip = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
      if (!Files.isRegularFile(zip)) {
        throw new IOException(
            "The Keycloak distribution is not in the local Maven repository ("
                + zip
                + "); ./mvnw package resolves it again");
      }
      return zip;
    }
  }

  /** Unpacks the distribution into {@code stateDir} unless it is there, and returns its home. */
  static Path unpack(Path zip, Path stateDir) throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      String top =
          archive.stream()
              .map(ZipEntry::getName)
              .map(n -> n.substring(0, n.indexOf('/') + 1))
              .filter(n -> !n.isEmpty())
              .findFirst()
              .orElseThrow(() -> new IOException("Not a Keycloak distribution: " + zip));
      Path home = stateDir.resolve(top).normalize();
      if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
        return home;
      }
      PlatformRunner.log("Unpacking Keycloak into " + home + " …");
      // Unpacked beside and renamed at the end, so an interrupted unpack is never taken for a
      // complete one.
      Path partial = stateDir.resolve(".unpacking");
      Directories.deleteRecursively(partial);
      Files.createDirectories(partial);
      for (ZipEntry entry : archive.stream().toList()) {
        Path target = partial.resolve(entry.getName()).normalize();
        if (!target.startsWith(partial)) {
          throw new IOException("Refusing an entry outside the distribution: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      try (Stream<Path> scripts = Files.list(partial.resolve(top).resolve("bin"))) {
        scripts
            .filter(p -> p.toString().endsWith(".sh"))
            .forEach(p -> p.toFile().setExecutable(true));
      }
      Directories.deleteRecursively(home);
      Files.move(partial.resolve(top), home);
      Directories.deleteRecursively(partial);
      return home;
    }
  }

  /**
   * A JDK of version 21 or newer: {@code ITA_KEYCLOAK_JAVA_HOME} when set, else this JVM, {@code
   * JAVA_HOME}, or the newest one installed in the usual places ({@code /usr/lib/jvm}, ...).
   */
  static Path javaHome(Map<String, String> env) throws IOException {
    String chosen = env.get("ITA_KEYCLOAK_JAVA_HOME");
    if (chosen != null && !chosen.isBlank()) {
      Path home = Path.of(chosen.trim());
      if (Jdks.featureVersion(home) < MIN_JAVA) {
        throw new IOException(
            "ITA_KEYCLOAK_JAVA_HOME="
                + chosen
                + " is not a JDK "
                + MIN_JAVA
                + " or newer, which Keycloak needs");
      }
      return home;
    }
    Map<Path, Integer> candidates = new LinkedHashMap<>();
    candidates.put(Path.of(System.getProperty("java.home")), 0);
    Optional.ofNullable(env.get("JAVA_HOME"))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .ifPresent(p -> candidates.put(p, 0));
    Jdks.installedNewestFirst().forEach(p -> candidates.putIfAbsent(p, 0));
    for (Path home : candidates.keySet()) {
      if (Jdks.featureVersion(home) >= MIN_JAVA) {
        return home;
      }
    }
    throw new IOException(
        "Keycloak needs Java "
            + MIN_JAVA
            + " or newer, and none was found (looked at "
            + candidates.keySet().stream().map(Path::toString).collect(Collectors.joining(", "))
            + "). Install a JDK "
            + MIN_JAVA
            + " or newer (Eclipse Temurin 21 or 25, or your system's openjdk-21-jdk package) under /usr/lib/jvm,"
            + " or set ITA_KEYCLOAK_JAVA_HOME to its directory.");
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
