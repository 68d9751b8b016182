package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import th.ita.platform.dev.Directories;

/**
 * The platform as the README's run command starts it ({@code ./ita up}), on free ports and in a
 * state directory of its own, so that tests neither collide with each other nor with a platform a
 * developer has running. Tokens come from {@code ./ita token}, as a developer gets them.
 *
 * <p>Whatever happens to a test, nothing it started outlives it: {@link #killIfAlive} (also run
 * when the test JVM exits) stops the run command's whole process tree and the processes it
 * recorded, and only those.
 */
final class RunningPlatform {

  static final Path PROJECT =
      Path.of(System.getProperty("ita.project.dir", "..")).toAbsolutePath().normalize();

  /** The class-data archives the system tests' platforms share. */
  static final Path CLASS_DATA = PROJECT.resolve("system-tests/target/class-data");

  /** Whether this machine's env can reset ignored signals, as {@code ./ita} does with it. */
  private static final boolean GNU_ENV = gnuEnv();

  private static final List<String> PORT_FLAGS =
      List.of(
          "--postgres-port",
          "--kafka-port",
          "--kafka-controller-port",
          "--assessment-port",
          "--measures-port",
          "--reporting-port",
          "--smtp-port",
          "--imap-port",
          "--mail-api-port");

  private final Path state;
  private final List<String> options;
  private final List<Integer> ports = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();
  private Process process;

  /** Every run command this platform started, the current one last. */
  private final List<Process> started = new ArrayList<>();

  private StringBuffer output;

  /** A platform whose state lives in {@code system-tests/target/<name>}, wiped first. */
  RunningPlatform(String name, String... options) throws IOException {
    this.state = PROJECT.resolve("system-tests/target").resolve(name);
    this.options = List.of(options);
    Directories.deleteRecursively(state);
    // All held open until every port is picked: one closed at once could be handed out again
    // for the next flag (a CI run once gave the mail server and reporting-service the same port).
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < PORT_FLAGS.size(); i++) {
        ServerSocket s = new ServerSocket();
        held.add(s);
        s.bind(new InetSocketAddress("127.0.0.1", 0));
        ports.add(s.getLocalPort());
      }
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }

  /** Settings for the run command and the services it starts, as environment variables. */
  RunningPlatform withEnvironment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /**
   * Starts {@code ./ita up} and returns once it says the platform is running. It is started as a
   * script's background job starts it, with SIGINT and SIGHUP ignored, so that every run shows that
   * the run command undoes that (with GNU env; elsewhere it starts plainly).
   */
  void start() throws Exception {
    List<String> command =
        new ArrayList<>(
            GNU_ENV
                ? List.of(
                    "bash",
                    "-c",
                    "trap '' INT HUP; exec \"$@\"",
                    "ita-ignoring-interrupts",
                    "./ita")
                : List.of("./ita"));
    command.addAll(List.of("up", "--state-dir", state.toString()));
    command.addAll(options);
    for (int i = 0; i < PORT_FLAGS.size(); i++) {
      command.add(PORT_FLAGS.get(i));
      command.add(ports.get(i).toString());
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
    builder.environment().put("ITA_SKIP_BUILD", "1"); // the reactor has just packaged the services
    // One set of class-data archives for every platform of the run: the first records them, the
    // others start faster. A test may keep them in its state directory instead, as ./ita does.
    builder.environment().put("ITA_CLASS_DATA_DIR", CLASS_DATA.toString());
    builder.environment().putAll(environment);
    process = builder.start();
    if (started.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::killIfAlive, "platform-cleanup"));
    }
    started.add(process);
    output = new StringBuffer();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  output.append(line).append('\n');
                  System.out.println("[ita] " + line);
                  if (line.contains("ITA platform is running")) {
                    ready.complete(null);
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              ready.completeExceptionally(
                  new AssertionError("./ita ended before it was ready:\n" + output));
            });
    reader.setDaemon(true);
    reader.start();
    ready.get(5, TimeUnit.MINUTES);
  }

  /** SIGTERM, the same clean stop as Ctrl-C; true when it ended in time. */
  boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(180, TimeUnit.SECONDS);
  }

  /** Ctrl-C, as a developer stops it. */
  void interrupt() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
  }

  /**
   * Stops whatever is left of this platform: the run commands it started (SIGTERM: their orderly
   * stop, as on Ctrl-C), then anything still alive of their process trees and of the processes they
   * recorded (PostgreSQL is no descendant: pg_ctl detaches it), SIGTERM first and SIGKILL after a
   * while. The set is taken before anything is stopped, since an orphan leaves its parent's tree.
   */
  synchronized void killIfAlive() {
    List<ProcessHandle> runners = started.stream().map(Process::toHandle).toList();
    Set<ProcessHandle> ours = new LinkedHashSet<>();
    runners.forEach(runner -> runner.descendants().forEach(ours::add));
    for (ProcessHandle recorded : recordedProcesses()) {
      ours.add(recorded);
      recorded.descendants().forEach(ours::add);
    }
    runners.forEach(ours::remove);
    stop(runners, Duration.ofSeconds(60));
    stop(List.copyOf(ours), Duration.ofSeconds(15));
  }

  /**
   * SIGTERM, then SIGKILL to whatever is still alive after {@code grace}; waits until all are gone.
   */
  private static void stop(List<ProcessHandle> processes, Duration grace) {
    List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
    alive.forEach(ProcessHandle::destroy);
    waitForExit(alive, grace);
    alive.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    waitForExit(alive, Duration.ofSeconds(15));
  }

  private static void waitForExit(List<ProcessHandle> processes, Duration timeout) {
    CompletableFuture<?>[] exits =
        processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // the caller looks at who is still alive
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The live processes the run command recorded in its state directory, each checked by its start
   * time as well, so that a pid the system has since given to another process is left alone.
   */
  private List<ProcessHandle> recordedProcesses() {
    Path pids = state.resolve("pids");
    List<ProcessHandle> recorded = new ArrayList<>();
    try {
      if (!Files.exists(pids)) {
        return recorded;
      }
      for (String line : Files.readAllLines(pids)) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 3) {
          continue;
        }
        long started = Long.parseLong(parts[2]);
        ProcessHandle.of(Long.parseLong(parts[1]))
            .filter(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started)
            .ifPresent(recorded::add);
      }
    } catch (IOException | RuntimeException e) {
      // the run command is writing or removing the file; its tree is stopped all the same
    }
    return recorded;
  }

  Process process() {
    return process;
  }

  String output() {
    return output.toString();
  }

  Path state() {
    return state;
  }

  String assessmentUrl() {
    return "http://localhost:" + ports.get(3);
  }

  String measuresUrl() {
    return "http://localhost:" + ports.get(4);
  }

  String reportingUrl() {
    return "http://localhost:" + ports.get(5);
  }

  /** The mail server's HTTP API, where every message the platform sent can be read. */
  String mailApiUrl() {
    return "http://localhost:" + ports.get(8);
  }

  List<String> serviceUrls() {
    return List.of(assessmentUrl(), measuresUrl(), reportingUrl());
  }

  /**
   * The process ids the run command recorded: PostgreSQL, Kafka, the mail server and the three
   * services.
   */
  List<Long> recordedPids() throws IOException {
    List<Long> pids = new ArrayList<>();
    for (String line : Files.readAllLines(state.resolve("pids"))) {
      pids.add(Long.parseLong(line.trim().split(" ")[1]));
    }
    return pids;
  }

  private static boolean gnuEnv() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code ./ita token ROLE [AGENCY_CODE]}. */
  String token(String... roleAndAgency) throws Exception {
    List<String> command = new ArrayList<>(List.of("./ita", "token"));
    command.addAll(List.of(roleAndAgency));
    command.addAll(List.of("--state-dir", state.toString()));
    Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).start();
    String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).as("./ita token %s", String.join(" ", roleAndAgency)).isZero();
    return token;
  }
}
