package th.ita.platform.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import th.ita.platform.common.calendar.FiscalYear;

/**
 * A Buddhist-era fiscal year the platform accepts ({@link FiscalYear#MIN} to {@link
 * FiscalYear#MAX}), for path and query parameters: refused with a 400 naming the parameter before
 * anything computes with it, and shown as the parameter's bounds in the OpenAPI document.
 */
@Documented
@Constraint(validatedBy = {})
@Min(FiscalYear.MIN)
@Max(FiscalYear.MAX)
@ReportAsSingleViolation
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface BuddhistYear {

  String message() default "must be a Buddhist-era fiscal year from 2500 to 2700";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
