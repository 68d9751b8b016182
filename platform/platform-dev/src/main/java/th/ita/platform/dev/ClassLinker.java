package th.ita.platform.dev;

import java.lang.instrument.Instrumentation;

/**
 * Links every class a running service has loaded, just before its class-data archive is recorded
 * ({@link ClassDataArchive}). JDK 17 writes only linked classes into the archive, and it links
 * before the dump only the classes of the JDK's own class loaders: most of what Quarkus's class
 * loader loaded (about 3,000 classes of a service) was left out, and every start loaded, parsed and
 * verified them again from the jars. Linking verifies a class without initialising it: no static
 * initialiser of the service runs, though its class loaders may load the classes a signature names.
 * Loaded into the service by {@code jcmd JVMTI.agent_load} with this jar.
 */
public final class ClassLinker {

  private ClassLinker() {}

  public static void agentmain(String arguments, Instrumentation instrumentation) {
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      if (loaded.isArray() || loaded.isPrimitive() || loaded.isHidden()) {
        continue;
      }
      try {
        loaded.getDeclaredMethods(); // links the class (JVM_GetClassDeclaredMethods)
      } catch (LinkageError | RuntimeException unlinkable) {
        // A class that cannot be linked (a missing optional dependency) stays out of the archive.
      }
    }
  }
}
