package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.MonthlyStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code statement --month M}: rulebook 10 requires every date of the month, from the first date
 * ever run on, to be closed (exit 6 naming the first that is not, and nothing written); then the
 * statement is written from those closed dates alone.
 */
@Component
record Statements(BusinessDays days, MonthlyStatement statement) {
    ExitCode write(YearMonth month) throws Exception {
        List<BusinessDate> closed = closedDates(month);
        long lines = statement.write(month, closed);
        System.out.println("statement of " + month + ": " + closed.size() + " closed date(s), " + closed.get(0) + " to "
                + closed.get(closed.size() - 1) + ", " + lines + " settlement line(s); written to "
                + statement.folder(month));
        return ExitCode.COMPLETED;
    }

    /** Every date of the month from the first date ever run on, each of them closed; else exit 6. */
    private List<BusinessDate> closedDates(YearMonth month) {
        Optional<BusinessDate> firstEver = days.firstStarted();
        LocalDate from = month.atDay(1);
        if (firstEver.isPresent() && firstEver.get().date().isAfter(from)) {
            from = firstEver.get().date();
        }
        List<BusinessDate> closed = new ArrayList<>();
        for (LocalDate d = from; firstEver.isPresent() && !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            BusinessDate date = new BusinessDate(d);
            if (!days.isCompleted(date)) {
                throw new OperatorMessage(ExitCode.EARLIER_DATE_NOT_COMPLETED, "the statement of " + month
                        + " needs every date of it closed, and " + date + " is not"
                        + (closed.isEmpty() ? " (no date of " + month + " is closed yet)" : "")
                        + ". Nothing was written; run the missing dates first (catch-up), then the statement again.");
            }
            closed.add(date);
        }
        if (closed.isEmpty()) {
            throw new OperatorMessage(ExitCode.EARLIER_DATE_NOT_COMPLETED, "no date of " + month
                    + " is closed: no statement written.");
        }
        return closed;
    }
}
