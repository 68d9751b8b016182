package th.ita.platform.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text to search by, as a query parameter: at most 200 characters and no control characters,
 * checked before it reaches the database (PostgreSQL refuses U+0000 in text). Null is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 200)
@Pattern(regexp = "[^\\p{Cntrl}]*")
@ReportAsSingleViolation
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface SearchText {

  String message() default "must be at most 200 characters, without control characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
