package th.ita.platform.common.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Validators for plain records (a result as an assessor or an import enters it, a framework's
 * definition, an agency an import registers, an event's payload), which are never JPA entities.
 *
 * <p>With Hibernate ORM present, the factory's own validator asks JPA, for every property it
 * visits, whether the property is loaded, so that validating an entity never loads a lazy
 * association; and Hibernate Validator keeps each answer in a map for the length of the validation.
 * A record has nothing lazy, so both only cost: together they were a third of the time spent
 * validating the results of a national import (8,325 results of about seventy questions each). A
 * record validator keeps the factory's constraints, messages and clock, visits every property
 * without asking, and keeps no map.
 */
public final class RecordValidators {

  /** Every property of a record can be reached and cascaded into. */
  static final TraversableResolver EVERY_PROPERTY =
      new TraversableResolver() {
        @Override
        public boolean isReachable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
          return true;
        }

        @Override
        public boolean isCascadable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
          return true;
        }
      };

  private RecordValidators() {}

  /** A validator of {@code factory}'s constraints for plain records. */
  public static Validator of(ValidatorFactory factory) {
    return factory
        .unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .traversableResolver(EVERY_PROPERTY)
        .enableTraversableResolverResultCache(false)
        .getValidator();
  }
}
