package th.ita.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape every service keeps, as ArchUnit rules over its main classes. The layers point one way:
 * {@code rest} → {@code service} → {@code repository} and {@code domain}, with {@code event},
 * {@code job} and {@code mapping} beside them. The API's shapes live under {@code rest} (e.g.
 * {@code rest.view}), which only {@code rest} and the mappers that build them may use.
 */
public final class LayerRules {

  private static final Set<String> PANACHE_QUERIES =
      Set.of(
          "find",
          "findAll",
          "findById",
          "findByIdOptional",
          "list",
          "listAll",
          "stream",
          "streamAll",
          "count",
          "delete",
          "deleteAll",
          "deleteById",
          "update",
          "persist",
          "getEntityManager");

  private LayerRules() {}

  /**
   * Checks the service under {@code rootPackage} (e.g. {@code th.ita.assessment}); fails naming
   * each broken rule.
   */
  public static void check(String rootPackage) {
    check(
        rootPackage,
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage));
  }

  /** Checks already imported classes; {@link #check(String)} imports a service's main classes. */
  public static void check(String rootPackage, JavaClasses classes) {
    List<String> broken = new ArrayList<>();
    for (ArchRule rule : rules(rootPackage)) {
      // A service need not have every layer (LayerRulesTest's small services have no repository):
      // a rule that finds no class to check passes.
      EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
      if (result.hasViolation()) {
        broken.add(result.getFailureReport().toString());
      }
    }
    if (!broken.isEmpty()) {
      throw new AssertionError(String.join("\n\n", broken));
    }
  }

  public static List<ArchRule> rules(String root) {
    String rest = root + ".rest..";
    String mapping = root + ".mapping..";
    String service = root + ".service..";
    String repository = root + ".repository..";
    String domain = root + ".domain..";
    String event = root + ".event..";
    String job = root + ".job..";
    return List.of(
        slices()
            .matching(root + ".(**)")
            .should()
            .beFreeOfCycles()
            .as("packages of " + root + " form no cycle"),
        noClasses()
            .that()
            .resideOutsideOfPackages(rest, mapping)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(rest)
            .as("only rest and the mappers that build its views use rest"),
        noClasses()
            .that()
            .resideOutsideOfPackage(rest)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("th.ita.platform.common.problem.ProblemException")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("th.ita.platform.common.problem.ProblemType")
            .as(
                "HTTP problems are raised in rest only; below it, domain exceptions that one mapper translates"),
        noClasses()
            .that()
            .resideInAPackage(rest)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(repository)
            .as("rest reaches data through services, never through repositories"),
        noClasses()
            .that()
            .resideOutsideOfPackage(rest)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.ws.rs..")
            .as("only rest knows HTTP (JAX-RS)"),
        noClasses()
            .that()
            .resideInAPackage(domain)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(rest, mapping, service, repository, event, job)
            .as("domain depends on no other layer"),
        noClasses()
            .that()
            .resideInAPackage(repository)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(rest, mapping, service, event, job)
            .as("repositories depend only on the domain"),
        noClasses()
            .that()
            .resideInAPackage(mapping)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(service, repository, event, job)
            .orShould()
            .callMethodWhere(PANACHE_QUERY)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .as("mappers are pure: they query nothing"));
  }

  private static final DescribedPredicate<JavaMethodCall> PANACHE_QUERY =
      DescribedPredicate.describe(
          "a Panache query",
          call ->
              PANACHE_QUERIES.contains(call.getName())
                  && call.getTargetOwner()
                      .isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase"));
}
