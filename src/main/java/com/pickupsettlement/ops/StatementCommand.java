package com.pickupsettlement.ops;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "statement",
        description = "Write the monthly statement of the partners (rulebook 10) to <out>/statements/YYYY-MM/, "
                + "from the month's closed dates; exit 6 if a date of the month is not closed.")
final class StatementCommand implements DatabaseCommand {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "the month")
    YearMonth month;

    @Option(names = "--out", paramLabel = "DIR", description = "where the statements/ folder goes (default ./out)")
    Path out;

    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a month YYYY-MM, not '" + value + "'");
            }
        }
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(Statements.class).write(month);
    }
}
