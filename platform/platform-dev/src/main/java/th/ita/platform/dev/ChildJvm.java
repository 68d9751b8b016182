package th.ita.platform.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the platform starts its child JVMs (the Kafka broker and the services). */
final class ChildJvm {

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private ChildJvm() {}

  /**
   * A command line that runs {@code args} with this JVM's own {@code java}, in a session of its
   * own: Ctrl-C then reaches only the run command, which stops the children in order (services
   * before the infrastructure they depend on). A child that is not a group leader makes setsid exec
   * in place, so the process we hold is the JVM itself.
   */
  static List<String> command(List<String> args) {
    return command(Path.of(System.getProperty("java.home"), "bin", "java"), args);
  }

  /** The same, with another JDK's {@code java}. */
  static List<String> command(Path java, List<String> args) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    command.add(java.toString());
    command.addAll(args);
    return command;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
