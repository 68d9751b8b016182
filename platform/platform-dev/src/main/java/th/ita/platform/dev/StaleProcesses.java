package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the pids of the processes the run command started, so that a run killed without a
 * chance to clean up (kill -9, a closed terminal) leaves nothing behind after the next start.
 */
final class StaleProcesses {

  private static final String FILE = "pids";

  private StaleProcesses() {}

  static void record(Path state, String name, long pid) throws IOException {
    if (pid <= 0) {
      return;
    }
    long started =
        ProcessHandle.of(pid)
            .flatMap(p -> p.info().startInstant())
            .map(Instant::toEpochMilli)
            .orElse(0L);
    Files.writeString(
        state.resolve(FILE),
        name + " " + pid + " " + started + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  static void clear(Path state) {
    try {
      Files.deleteIfExists(state.resolve(FILE));
    } catch (IOException e) {
      // nothing to clean next time either
    }
  }

  /** Stops what an earlier run left running; only processes that are ours (java or postgres). */
  static void stopAll(Path state) throws IOException {
    Path file = state.resolve(FILE);
    if (!Files.exists(file)) {
      return;
    }
    List<String> lines = Files.readAllLines(file);
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] parts = lines.get(i).trim().split(" ");
      if (parts.length != 3) {
        continue;
      }
      Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[1]));
      // The same pid and start time: after a reboot a pid may belong to someone else's process.
      if (handle.isEmpty()
          || !handle.get().isAlive()
          || !isOurs(handle.get(), Long.parseLong(parts[2]))) {
        continue;
      }
      PlatformRunner.log("Stopping " + parts[0] + " (pid " + parts[1] + ") left by an earlier run");
      handle.get().destroy();
      try {
        handle.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.get().destroyForcibly();
      }
    }
    clear(state);
  }

  private static boolean isOurs(ProcessHandle process, long startedMillis) {
    String command = process.info().command().orElse("");
    long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    return started == startedMillis && (command.endsWith("/java") || command.endsWith("/postgres"));
  }
}
