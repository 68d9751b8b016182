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
 * A code as the platform writes them (an agency, a ministry, an agency type, a question): at most
 * 32 letters, digits, '-' or '_'. For path and query parameters, so that no other text (a control
 * character PostgreSQL refuses, a value longer than its column) reaches the database; empty is
 * allowed where the parameter is optional. Null is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Za-z0-9_-]{0,32}")
@Size(max = 32) // redundant with the pattern, but it shows clients the length as maxLength
@ReportAsSingleViolation
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Code {

  String message() default "must be at most 32 letters, digits, '-' or '_'";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
