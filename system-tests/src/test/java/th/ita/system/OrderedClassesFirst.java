package th.ita.system;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order of the system test classes: those with {@link Order} first, by it, so that the two that
 * share one platform ({@link SharedPlatform}) run one after the other; then the rest by name, as
 * before. The pom sets it as Quarkus's secondary orderer: quarkus-junit is on the test classpath,
 * and its class orderer takes the place of JUnit's own setting.
 */
public final class OrderedClassesFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(
                    (ClassDescriptor c) ->
                        c.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT))
                .thenComparing(c -> c.getTestClass().getName()));
  }
}
