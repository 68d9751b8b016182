package th.ita.platform.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run command: {@code ./ita} starts PostgreSQL, Kafka and the three services on this machine,
 * loads the demo agencies and prints where everything is. {@code ./ita token ROLE} prints a bearer
 * token signed with the same local key the services trust.
 */
public final class PlatformRunner {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  /** A first start builds the server (about half a minute here) and creates its database. */
  private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(5);

  /** The realm client reporting-service calls measures-service as (client credentials, viewer). */
  static final String REPORTING_CLIENT = "reporting-service";

  private final RunnerOptions options;
  private final List<ServiceProcess> services = new ArrayList<>();
  private PostgresServer postgres;
  private KafkaBroker kafka;
  private KeycloakServer keycloak;
  private MailServer mail;

  private PlatformRunner(RunnerOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
    try {
      RunnerOptions options = RunnerOptions.parse(args, System.getenv());
      String command = options.positional().isEmpty() ? "up" : options.positional().get(0);
      switch (command) {
        case "up" -> new PlatformRunner(options).up();
        case "token" -> TokenCommand.run(options);
        default -> {
          System.err.println(
              "Unknown command '"
                  + command
                  + "'. Use: ./ita [up] [--reset] | ./ita token ROLE [AGENCY_CODE]");
          System.exit(2);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    } catch (Exception e) {
      System.err.println("The platform could not start: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void up() throws Exception {
    Path state = options.stateDir();
    if (options.reset()) {
      StaleProcesses.stopAll(state);
      Directories.deleteRecursively(state);
      System.out.println("State reset: " + state);
    }
    Files.createDirectories(state);
    // Chosen first: a wrong ITA_SERVICE_JAVA_HOME is said before anything starts.
    ServiceJava java = ServiceJava.choose(System.getenv());
    StaleProcesses.stopAll(state);
    Runtime.getRuntime().addShutdownHook(new Thread(this::down, "platform-stop"));

    if (options.keycloak()) {
      // The slowest to start, so it goes first and boots while PostgreSQL and Kafka do.
      log(
          "Starting Keycloak on port "
              + options.keycloakPort()
              + " (realm "
              + KeycloakServer.REALM
              + ") …");
      keycloak =
          KeycloakServer.start(
              state.resolve("keycloak"),
              options.keycloakPort(),
              options.projectDir().resolve("deploy/docker/keycloak/ita-realm.json"),
              state.resolve("logs/keycloak.log"),
              System.getenv());
      StaleProcesses.record(state, "keycloak", keycloak.pids().get(0));
    }

    log("Starting PostgreSQL on port " + options.postgresPort() + " …");
    postgres =
        PostgresServer.start(
            state.resolve("postgres"),
            options.postgresPort(),
            true,
            List.of("assessment", "measures", "reporting"));
    StaleProcesses.record(state, "postgres", postmasterPid(state));

    log("Starting Kafka on port " + options.kafkaPort() + " …");
    kafka =
        KafkaBroker.start(
            state.resolve("kafka"),
            options.kafkaPort(),
            options.kafkaControllerPort(),
            Duration.ofMinutes(2));
    StaleProcesses.record(state, "kafka", kafka.pid());
    kafka.createTopics(PlatformTopics.ALL);

    if (options.externalSmtpHost() == null) {
      log("Starting the mail server on SMTP port " + options.smtpPort() + " …");
      mail =
          MailServer.start(
              options.projectDir(),
              options.smtpPort(),
              options.imapPort(),
              options.mailApiPort(),
              state.resolve("logs/mail.log"));
      StaleProcesses.record(state, "mail", mail.pid());
      mail.awaitReady(Duration.ofMinutes(1));
    }

    LocalTokenIssuer tokens = LocalTokenIssuer.inDirectory(state.resolve("keys"));
    if (keycloak != null) {
      keycloak.awaitReady(KEYCLOAK_TIMEOUT);
      for (long pid : keycloak.pids().subList(1, keycloak.pids().size())) {
        StaleProcesses.record(state, "keycloak", pid);
      }
      log("Keycloak is ready: " + keycloak.issuer());
    }
    services.add(
        new ServiceProcess("assessment-service", options.assessmentPort(), state.resolve("logs")));
    services.add(
        new ServiceProcess("measures-service", options.measuresPort(), state.resolve("logs")));
    services.add(
        new ServiceProcess("reporting-service", options.reportingPort(), state.resolve("logs")));
    log("The services run on Java " + java.feature() + " (" + java.home() + ")");
    for (ServiceProcess service : services) {
      log("Starting " + service.name() + " on port " + service.port() + " …");
      Path runJar = runJar(service.name());
      service.start(
          runJar,
          java,
          StartArchive.of(options.classDataDir(), service.name(), runJar, java),
          serviceEnvironment(service.name(), tokens));
      StaleProcesses.record(state, service.name(), service.pid());
    }
    for (ServiceProcess service : services) {
      service.awaitReady(READY_TIMEOUT);
      log(service.name() + " is ready");
    }

    if (options.demoData()) {
      DemoData demo = new DemoData();
      String admin =
          keycloak != null
              ? keycloak.passwordToken("ita-cli", "admin", "admin")
              : tokens.issue("demo-admin", "ita-admin", null, Duration.ofHours(1));
      DemoData.Loaded loaded = demo.loadAgencies(services.get(0).baseUrl(), admin);
      log(
          "Demo data: "
              + loaded.created()
              + " agencies created ("
              + loaded.existing()
              + " were already there)");
      String assessor =
          keycloak != null
              ? keycloak.passwordToken("ita-cli", "assessor", "assessor")
              : tokens.issue("demo-assessor", "assessor", null, Duration.ofHours(1));
      log(
          "Demo data: "
              + demo.loadResults(services.get(0).baseUrl(), assessor)
              + " seed results published");
      // Each seed agency's head writes and approves its plan; the demo realm has a head for DITP
      // only, and its administrator may write every agency's plan.
      int plans =
          demo.loadPlans(
              services.get(1).baseUrl(),
              keycloak != null
                  ? agency -> admin
                  : agency ->
                      tokens.issue(
                          TokenCommand.demoSubject("agency-head", agency),
                          "agency-head",
                          agency,
                          Duration.ofHours(1)));
      log("Demo data: " + plans + " seed plans published");
      new DemoDataArrival(demo, state.resolve("logs"), DemoDataArrival.WITHIN)
          .await(services.get(1).baseUrl(), services.get(2).baseUrl(), admin);
      log("Demo data: every gap list and progress report is ready");
    }
    recordStartArchives();
    if (keycloak != null) {
      TokenCommand.useKeycloak(state, keycloak);
    } else {
      TokenCommand.writeDemoTokens(tokens, state.resolve("tokens"));
    }
    printWelcome(state);
    Thread.currentThread().join(); // until Ctrl-C; the shutdown hook stops everything
  }

  /**
   * On the first run of a build, once the services have started, answered the demo data's requests
   * and handled its events: each one's class-data archive, for a faster start from the next run on,
   * where its JDK records it while it runs (an ahead-of-time cache is written as it stops).
   */
  private void recordStartArchives() throws InterruptedException {
    for (ServiceProcess service : services) {
      if (service.recordWhileRunning()) {
        log(recorded(service));
      }
    }
  }

  private static String recorded(ServiceProcess service) {
    return "Recorded "
        + service.name()
        + "'s "
        + service.archive().kind()
        + ": its next starts are faster";
  }

  private Map<String, String> serviceEnvironment(String service, LocalTokenIssuer tokens) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.replace("-service", "")));
    env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    if (keycloak != null) {
      env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
      env.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
    } else {
      env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyFile().toString());
      env.put("MP_JWT_VERIFY_ISSUER", LocalTokenIssuer.ISSUER);
    }
    if (mail != null) {
      env.put("ITA_SMTP_HOST", mail.host());
      env.put("ITA_SMTP_PORT", Integer.toString(mail.smtpPort()));
    }
    if (service.equals("reporting-service")
        && !System.getenv().containsKey("ITA_WEBHOOKS_SECRET_KEY")) {
      env.put("ITA_WEBHOOKS_SECRET_KEY", webhooksSecretKey());
    }
    if (service.equals("reporting-service")) {
      measuresClient(env, tokens);
    }
    if (service.equals("measures-service") && !System.getenv().containsKey("ITA_PUBLIC_URL")) {
      // The links in reminders lead to this machine's measures-service.
      env.put("ITA_PUBLIC_URL", "http://localhost:" + options.measuresPort());
    }
    return env;
  }

  /**
   * reporting-service fetches evidence photos' thumbnails from this machine's measures-service as a
   * viewer: with Keycloak, by the client credentials of the realm's client {@code
   * reporting-service}; otherwise with tokens it signs itself with the local key the services
   * trust.
   */
  private void measuresClient(Map<String, String> env, LocalTokenIssuer tokens) {
    if (!System.getenv().containsKey("ITA_MEASURES_URL")) {
      env.put("ITA_MEASURES_URL", "http://localhost:" + options.measuresPort());
    }
    if (keycloak != null) {
      env.put("ITA_MEASURES_CLIENT_TOKEN_URL", keycloak.tokenUrl());
      env.put("ITA_MEASURES_CLIENT_CLIENT_ID", REPORTING_CLIENT);
      env.put("ITA_MEASURES_CLIENT_CLIENT_SECRET", REPORTING_CLIENT + "-secret");
    } else {
      env.put("ITA_MEASURES_CLIENT_SIGNING_KEY", tokens.privateKeyFile().toString());
      env.put("ITA_MEASURES_CLIENT_ISSUER", LocalTokenIssuer.ISSUER);
    }
  }

  /**
   * The key reporting-service encrypts webhook secrets with: made once per state directory and kept
   * there, since subscriptions stored with it can sign only while it stays the same.
   */
  private String webhooksSecretKey() {
    Path file = options.stateDir().resolve("keys/webhooks-secret-key");
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the webhooks' secret key in " + file, e);
    }
  }

  private Path runJar(String service) {
    return options.projectDir().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private void printWelcome(Path state) {
    StringBuilder out = new StringBuilder();
    out.append("\n  ITA platform is running. Ctrl-C stops everything.\n\n");
    for (ServiceProcess s : services) {
      out.append(
          String.format(
              "  %-19s %s/api/v1   Swagger UI %s/q/swagger-ui%n",
              s.name(), s.baseUrl(), s.baseUrl()));
    }
    out.append(
        String.format(
            "%n  PostgreSQL          jdbc:postgresql://localhost:%d/{assessment,measures,reporting} (postgres/postgres)%n",
            postgres.port()));
    out.append(String.format("  Kafka               %s%n", kafka.bootstrapServers()));
    if (mail != null) {
      out.append(
          String.format(
              "  Mail (GreenMail)    SMTP localhost:%d, IMAP localhost:%d (any user and password); every"
                  + " reminder stays here%n"
                  + "                      curl %s/api/user/ADDRESS/messages/   (API and its page: %s)%n",
              mail.smtpPort(), mail.imapPort(), mail.apiUrl(), mail.apiUrl()));
    }
    out.append(String.format("  State and logs      %s%n%n", state));
    if (keycloak != null) {
      out.append(keycloakWelcome());
    } else {
      out.append("  Tokens (1 hour) are in ")
          .append(state.resolve("tokens"))
          .append(", one per role. Try:\n");
      out.append("    TOKEN=$(cat ").append(state.resolve("tokens/viewer.jwt")).append(")\n");
      out.append("    curl -H \"Authorization: Bearer $TOKEN\" ")
          .append(services.get(0).baseUrl())
          .append("/api/v1/agencies\n");
      out.append("  or mint one: ./ita token agency-officer DITP\n");
    }
    System.out.println(out);
  }

  private String keycloakWelcome() {
    String token = keycloak.tokenUrl();
    return String.format(
        """
          Keycloak            %1$s   realm %2$s, admin console %1$s/admin (%3$s/%3$s)

          Tokens come from Keycloak and live 15 minutes. Demo users (password = name): admin, assessor,
          officer-ditp (agency DITP), viewer:
            TOKEN=$(curl -s -d grant_type=password -d client_id=ita-cli -d username=viewer -d password=viewer \\
              %4$s | jq -r .access_token)
            curl -H "Authorization: Bearer $TOKEN" %5$s/api/v1/agencies
          A system, with the client-credentials flow (ita-portal: a viewer; ita-agency-ditp: DITP's officer):
            TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=ita-portal -d client_secret=ita-portal-secret \\
              %4$s | jq -r .access_token)
        """,
        keycloak.baseUrl(),
        KeycloakServer.REALM,
        KeycloakServer.CONSOLE_USER,
        token,
        services.get(0).baseUrl());
  }

  private synchronized void down() {
    log("Stopping …");
    if (services.stream().anyMatch(s -> s.archive() != null && s.archive().recordsAtExit())) {
      log(
          "The services write their ahead-of-time caches as they stop (the first run after a build) …");
    }
    // Side by side: a service that writes its cache as it exits takes seconds.
    services.forEach(ServiceProcess::requestStop);
    for (ServiceProcess service : services) {
      if (service.awaitStop()) {
        log(recorded(service));
      }
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (mail != null) {
      mail.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        // PostgreSQL may already be down if it received the terminal's SIGINT itself.
      }
    }
    StaleProcesses.clear(options.stateDir());
    log("Stopped.");
  }

  private static long postmasterPid(Path state) {
    try {
      String first =
          Files.readAllLines(state.resolve("postgres/data/postmaster.pid")).get(0).trim();
      return Long.parseLong(first);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static void log(String message) {
    System.out.println("[platform] " + message);
  }
}
