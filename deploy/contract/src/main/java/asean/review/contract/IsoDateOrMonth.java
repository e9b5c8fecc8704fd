package asean.review.contract;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO-8601 calendar date (yyyy-MM-dd) or month (yyyy-MM) that exists. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = IsoDateOrMonth.Validator.class)
public @interface IsoDateOrMonth {

    String message() default "must be an ISO-8601 date (yyyy-MM-dd) or month (yyyy-MM)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDateOrMonth, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isDateOrMonth(value);
        }

        public static boolean isDateOrMonth(String value) {
            try {
                if (value.length() == 7) {
                    YearMonth.parse(value);
                } else {
                    LocalDate.parse(value);
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
