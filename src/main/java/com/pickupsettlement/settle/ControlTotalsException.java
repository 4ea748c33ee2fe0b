package com.pickupsettlement.settle;

import com.pickupsettlement.domain.BusinessDate;
import java.util.List;

/** The control check of rulebook 5 failed: nothing is published and the run exits 1. */
public class ControlTotalsException extends RuntimeException {
    public ControlTotalsException(BusinessDate date, List<String> differences) {
        super("control totals of " + date + " do not tie: " + String.join("; ", differences));
    }
}
