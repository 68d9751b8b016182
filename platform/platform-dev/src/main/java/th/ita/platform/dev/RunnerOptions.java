package th.ita.platform.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run command's settings. Each can be given as a flag or an environment variable; the README's
 * configuration reference lists them.
 */
record RunnerOptions(
    Path projectDir,
    Path stateDir,
    Path classDataDir,
    boolean reset,
    boolean demoData,
    int postgresPort,
    int kafkaPort,
    int kafkaControllerPort,
    int assessmentPort,
    int measuresPort,
    int reportingPort,
    boolean keycloak,
    int keycloakPort,
    String externalSmtpHost,
    int smtpPort,
    int imapPort,
    int mailApiPort,
    List<String> positional) {

  static RunnerOptions parse(String[] args, Map<String, String> env) {
    Path projectDir =
        Path.of(env.getOrDefault("ITA_PROJECT_DIR", ".")).toAbsolutePath().normalize();
    Path stateDir =
        Path.of(env.getOrDefault("ITA_STATE_DIR", projectDir.resolve(".state").toString()));
    // Several state directories (the system tests' platforms) may share one set of archives.
    String classData = env.get("ITA_CLASS_DATA_DIR");
    boolean reset = false;
    boolean demo = !"false".equalsIgnoreCase(env.getOrDefault("ITA_DEMO_DATA", "true"));
    int pg = intEnv(env, "ITA_POSTGRES_PORT", 5433);
    int kafka = intEnv(env, "ITA_KAFKA_PORT", 9092);
    int controller = intEnv(env, "ITA_KAFKA_CONTROLLER_PORT", 9093);
    int assessment = intEnv(env, "ITA_ASSESSMENT_PORT", 8081);
    int measures = intEnv(env, "ITA_MEASURES_PORT", 8082);
    int reporting = intEnv(env, "ITA_REPORTING_PORT", 8083);
    boolean keycloak = "true".equalsIgnoreCase(env.getOrDefault("ITA_KEYCLOAK", "false"));
    int keycloakPort = intEnv(env, "ITA_KEYCLOAK_PORT", 8180);
    // A mail server of the operator's: the run command then starts none of its own.
    String smtpHost = env.get("ITA_SMTP_HOST");
    int smtp = intEnv(env, "ITA_SMTP_PORT", 3025);
    int imap = intEnv(env, "ITA_IMAP_PORT", 3143);
    int mailApi = intEnv(env, "ITA_MAIL_API_PORT", 8025);
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--reset" -> reset = true;
        case "--no-demo-data" -> demo = false;
        case "--state-dir" -> stateDir = Path.of(value(args, ++i, arg));
        case "--postgres-port" -> pg = Integer.parseInt(value(args, ++i, arg));
        case "--kafka-port" -> kafka = Integer.parseInt(value(args, ++i, arg));
        case "--kafka-controller-port" -> controller = Integer.parseInt(value(args, ++i, arg));
        case "--assessment-port" -> assessment = Integer.parseInt(value(args, ++i, arg));
        case "--measures-port" -> measures = Integer.parseInt(value(args, ++i, arg));
        case "--reporting-port" -> reporting = Integer.parseInt(value(args, ++i, arg));
        case "--keycloak" -> keycloak = true;
        case "--keycloak-port" -> keycloakPort = Integer.parseInt(value(args, ++i, arg));
        case "--smtp-port" -> smtp = Integer.parseInt(value(args, ++i, arg));
        case "--imap-port" -> imap = Integer.parseInt(value(args, ++i, arg));
        case "--mail-api-port" -> mailApi = Integer.parseInt(value(args, ++i, arg));
        default -> positional.add(arg);
      }
    }
    return new RunnerOptions(
        projectDir,
        stateDir.toAbsolutePath().normalize(),
        classData != null
            ? Path.of(classData).toAbsolutePath().normalize()
            : stateDir.resolve("cds").toAbsolutePath().normalize(),
        reset,
        demo,
        pg,
        kafka,
        controller,
        assessment,
        measures,
        reporting,
        keycloak,
        keycloakPort,
        smtpHost == null || smtpHost.isBlank() ? null : smtpHost.trim(),
        smtp,
        imap,
        mailApi,
        List.copyOf(positional));
  }

  private static int intEnv(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }
}
