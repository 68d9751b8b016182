package th.ita.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ita.platform.dev.Directories;
import th.ita.platform.dev.KafkaBroker;
import th.ita.platform.dev.LocalTokenIssuer;
import th.ita.platform.dev.PlatformTopics;
import th.ita.platform.dev.PostgresServer;

/**
 * The platform as the harness runs it: one PostgreSQL with the three service databases, one Kafka
 * broker, and two replicas of each service on them, all on ports of their own (35433, 39092, 3808x
 * and 3818x) with their state in fault-harness/target/run. Each part can be killed with SIGKILL and
 * started again on the same data.
 */
final class Cluster implements AutoCloseable {

  static final List<String> SERVICES =
      List.of("assessment-service", "measures-service", "reporting-service");
  static final int POSTGRES_PORT = 35433;
  static final int KAFKA_PORT = 39092;
  static final int KAFKA_CONTROLLER_PORT = 39093;
  private static final Duration READY = Duration.ofMinutes(4);

  private final Path project;
  private final Path state;
  private final Map<String, List<Replica>> replicas = new LinkedHashMap<>();
  private PostgresServer postgres;
  private KafkaBroker kafka;
  private LocalTokenIssuer tokens;
  private boolean closed;

  Cluster(Path project, Path state) {
    this.project = project;
    this.state = state;
  }

  void start() throws IOException {
    Files.createDirectories(state);
    Processes.useFile(state.getParent().resolve("pids"));
    Processes.killLeftovers();
    Directories.deleteRecursively(state);
    Files.createDirectories(state);
    tokens = LocalTokenIssuer.inDirectory(state.resolve("keys"));
    startPostgres();
    FaultsMain.log("Starting Kafka on port " + KAFKA_PORT + " …");
    kafka =
        KafkaBroker.start(
            state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, Duration.ofMinutes(2));
    Processes.record(kafka.pid());
    kafka.createTopics(PlatformTopics.ALL);

    for (String service : SERVICES) {
      int port = 38081 + SERVICES.indexOf(service);
      Path jar = project.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
      List<Replica> pair = new ArrayList<>();
      for (String letter : List.of("a", "b")) {
        pair.add(
            new Replica(
                service,
                service + "-" + letter,
                "a".equals(letter) ? port : port + 100,
                jar,
                state.resolve("logs"),
                environment(service)));
      }
      replicas.put(service, pair);
    }
    // The first replica of each service migrates its database; the second starts on it.
    for (int i = 0; i < 2; i++) {
      for (List<Replica> pair : replicas.values()) {
        FaultsMain.log("Starting " + pair.get(i).name() + " on " + pair.get(i).baseUrl() + " …");
        pair.get(i).start();
      }
      for (List<Replica> pair : replicas.values()) {
        pair.get(i).awaitReady(READY);
      }
    }
    FaultsMain.log("Six replicas ready");
  }

  /** The webhooks' secret key of this throw-away cluster (base64 of 32 bytes). */
  private static final String WEBHOOKS_SECRET_KEY = "ZmF1bHQtaGFybmVzcy13ZWJob29rcy1rZXktMzJieXQ=";

  private Map<String, String> environment(String service) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database(service)));
    env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
    env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT);
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyFile().toString());
    env.put("MP_JWT_VERIFY_ISSUER", LocalTokenIssuer.ISSUER);
    // A job left by a dead replica is taken over after 20 s instead of minutes, so that the run
    // shows the take-over within its time budget.
    env.put("ITA_IMPORTS_STALE_AFTER_SECONDS", "20");
    env.put("ITA_REPORT_JOBS_STALE", "PT20S");
    // One key for both replicas, as a deployment has: either may sign what the other stored.
    env.put("ITA_WEBHOOKS_SECRET_KEY", WEBHOOKS_SECRET_KEY);
    return env;
  }

  static String database(String service) {
    return service.replace("-service", "");
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + database;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
  }

  String kafkaBootstrap() {
    return "127.0.0.1:" + KAFKA_PORT;
  }

  LocalTokenIssuer tokens() {
    return tokens;
  }

  List<Replica> replicas(String service) {
    return replicas.get(service);
  }

  List<Replica> all() {
    return replicas.values().stream().flatMap(List::stream).toList();
  }

  Map<String, List<String>> urls() {
    Map<String, List<String>> urls = new LinkedHashMap<>();
    replicas.forEach(
        (service, pair) -> urls.put(service, pair.stream().map(Replica::baseUrl).toList()));
    return urls;
  }

  boolean allReady() {
    return all().stream().allMatch(Replica::ready);
  }

  // --- PostgreSQL -------------------------------------------------------------------------------

  void startPostgres() throws IOException {
    if (postgres != null) {
      postgres.close(); // releases the data directory's lock; the server itself is already gone
    }
    FaultsMain.log("Starting PostgreSQL on port " + POSTGRES_PORT + " …");
    postgres =
        PostgresServer.start(
            state.resolve("postgres"),
            POSTGRES_PORT,
            true,
            SERVICES.stream().map(Cluster::database).toList());
    Processes.record(postmasterPid());
    // The embedded server starts with synchronous_commit=off, which a crash turns into lost
    // commits; production PostgreSQL keeps the default (on), and so does this run.
    try (Connection c = connect("postgres");
        var s = c.createStatement()) {
      s.execute("ALTER ROLE " + PostgresServer.USER + " SET synchronous_commit = on");
    } catch (SQLException e) {
      throw new IOException("Could not make commits durable", e);
    }
  }

  /**
   * SIGKILL to the postmaster and every backend: a crash, recovered from the WAL on the next start.
   */
  void crashPostgres() {
    long pid = postmasterPid();
    if (pid > 0) {
      Processes.killTree(pid);
    }
  }

  private long postmasterPid() {
    try {
      return Long.parseLong(
          Files.readAllLines(state.resolve("postgres/data/postmaster.pid")).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  // --- Kafka ------------------------------------------------------------------------------------

  void crashKafka() {
    Processes.killTree(kafka.pid());
  }

  void startKafka() throws IOException {
    kafka = kafka.restart(Duration.ofMinutes(2));
    Processes.record(kafka.pid());
  }

  // --- the end ----------------------------------------------------------------------------------

  /** Stops the replicas, Kafka and PostgreSQL; then kills anything of ours still running. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    FaultsMain.log("Stopping the platform …");
    List<Thread> stopping = new ArrayList<>();
    for (Replica replica : all()) {
      Thread t = new Thread(replica::stop, "stop-" + replica.name());
      t.start();
      stopping.add(t);
    }
    for (Thread t : stopping) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        // already down
      }
    }
    crashPostgres(); // only if pg_ctl could not stop it
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
  }
}
