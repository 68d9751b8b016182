package th.ita.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The processes the harness starts, and how it ends them. Every pid is written to a file in the
 * state directory, so that a harness killed without a chance to clean up (SIGKILL) leaves nothing
 * running after the next start.
 */
final class Processes {

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static Path pidFile;

  private Processes() {}

  static synchronized void useFile(Path file) {
    pidFile = file;
  }

  /**
   * This JVM's own java, in a session of its own, with SIGINT, SIGHUP and SIGTERM at their
   * defaults.
   */
  static List<String> javaCommand(List<String> args) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    command.add("env");
    command.add("--default-signal=INT,HUP,TERM");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    return command;
  }

  static void record(Process process) {
    record(process.pid());
  }

  static synchronized void record(long pid) {
    if (pidFile == null || pid <= 0) {
      return;
    }
    long started =
        ProcessHandle.of(pid)
            .flatMap(p -> p.info().startInstant())
            .map(Instant::toEpochMilli)
            .orElse(0L);
    try {
      Files.writeString(
          pidFile,
          pid + " " + started + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // only the clean-up after a hard kill of the harness needs it
    }
  }

  /**
   * Kills what an earlier, hard-killed run left: only processes with the recorded pid and start
   * time.
   */
  static synchronized void killLeftovers() throws IOException {
    if (pidFile == null || !Files.exists(pidFile)) {
      return;
    }
    for (String line : Files.readAllLines(pidFile)) {
      String[] parts = line.trim().split(" ");
      if (parts.length != 2) {
        continue;
      }
      Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[0]));
      long started =
          handle.flatMap(p -> p.info().startInstant()).map(Instant::toEpochMilli).orElse(-1L);
      if (handle.isPresent() && handle.get().isAlive() && started == Long.parseLong(parts[1])) {
        System.out.println("[faults] Killing pid " + parts[0] + " left by an earlier run");
        killTree(handle.get());
      }
    }
    Files.delete(pidFile);
  }

  /**
   * SIGKILL to a process and every process below it, children first seen before the parent dies.
   */
  static void killTree(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    root.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      root.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // reaped by its parent or already gone
    }
  }

  static void killTree(long pid) {
    ProcessHandle.of(pid).ifPresent(Processes::killTree);
  }

  static void signal(long pid, String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
          .inheritIO()
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("Could not send SIG" + signal + " to " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
