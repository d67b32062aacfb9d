package nl.ecza.registry.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date the registry can hold: in the years 2000 to 2100, like its rounds. Keeps "+999999999-01-01" from
 * reaching date arithmetic or PostgreSQL.
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = RegistryDate.Validator.class)
public @interface RegistryDate {

    String message() default "must be a date in the years 2000 to 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts LocalDate and OffsetDateTime. */
    class Validator implements ConstraintValidator<RegistryDate, TemporalAccessor> {
        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int year = value.get(ChronoField.YEAR);
            return year >= 2000 && year <= 2100;
        }
    }
}
