package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Exit 6 (rulebook 1): a date starts only once its predecessor is completed, unless no date was
 * ever run. Checked before the files, so that ops are told about the missing night first.
 */
@Component
class DateOrder {
    private final BusinessDays days;

    DateOrder(BusinessDays days) {
        this.days = days;
    }

    /** @param day the date's own bookkeeping: a date already started passed this check then */
    void check(BusinessDate date, Optional<BusinessDays.Day> day) {
        if (day.isEmpty() && days.anyDayEverRun() && !days.isCompleted(date.previous())) {
            throw new OperatorMessage(ExitCode.EARLIER_DATE_NOT_COMPLETED, "cannot run " + date + ": "
                    + date.previous() + " is not completed. Dates run strictly in order; run the missing dates first "
                    + "(catch-up does that).");
        }
    }
}
