package th.ita.platform.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ITA score: 0 to 100 inclusive. Null is allowed; add {@code @NotNull} where it is required. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("100")
// Bounded precision: an absurd scale (1E-999999999) would otherwise make arithmetic explode.
@Digits(integer = 3, fraction = 6)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Score {

  String message() default "must be between 0 and 100, with at most 6 decimals";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
