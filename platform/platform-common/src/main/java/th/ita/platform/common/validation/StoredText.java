package th.ita.platform.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import th.ita.platform.common.text.XmlText;

/**
 * Text a query parameter brings to be stored (an import's file name, a correction reason): none of
 * the characters XML 1.0 forbids, which documents could not render and PostgreSQL refuses (U+0000).
 * Bodies are held to the same rule as they are read; this is for parameters. Null is valid.
 */
@Documented
@Constraint(validatedBy = StoredText.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface StoredText {

  String message() default "must not contain control characters or unpaired surrogates";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Valid when XML 1.0 allows every character. */
  class Validator implements ConstraintValidator<StoredText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || XmlText.firstForbidden(value) < 0;
    }
  }
}
