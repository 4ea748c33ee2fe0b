package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --date, --to, --from: a calendar date YYYY-MM-DD (a Moscow business date); {@link Cli} registers it for them all. */
final class BusinessDateConverter implements ITypeConverter<BusinessDate> {
    @Override
    public BusinessDate convert(String value) {
        try {
            return BusinessDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
