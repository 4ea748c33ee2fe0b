package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.DailyOutputs;
import com.pickupsettlement.report.RefusalReport;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Exit 5 (rulebook 7): a closed date re-runs only with the files it ran with, and then reproduces
 * its outputs byte for byte; a failed date resumes only with the files it started with.
 */
@Component
class InputsUnchanged {
    private static final Logger log = LoggerFactory.getLogger(InputsUnchanged.class);
    private final DailyOutputs outputs;
    private final RefusalReport refusals;

    InputsUnchanged(DailyOutputs outputs, RefusalReport refusals) {
        this.outputs = outputs;
        this.refusals = refusals;
    }

    ExitCode rerunClosed(BusinessDate date, BusinessDays.Day day, InputChecksums inputs) throws Exception {
        List<String> changed = inputs.differences(day.inputs(), date);
        if (!changed.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUTS_CHANGED, date + " is closed and " + String.join(", ", changed)
                    + " differ from the files it was run with. The outputs were left untouched. Put back the originals; "
                    + "the database keeps them: restore them with: restore-inputs --date " + date + " --to <inbox> "
                    + "(after moving the changed files aside).");
        }
        outputs.republish(date);
        // A crash right after the date completed may have left its old refusal in place.
        refusals.supersedeCompleted(date);
        log.info("{} was already completed with these inputs: reproduced {}", date, outputs.folder(date));
        return ExitCode.COMPLETED;
    }

    void requireForResume(BusinessDate date, BusinessDays.Day day, InputChecksums inputs) {
        List<String> changed = inputs.differences(day.inputs(), date);
        if (!changed.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUTS_CHANGED, date + " failed earlier and its inputs have changed since ("
                    + String.join(", ", changed) + "). A failed date resumes only with the same files: put the "
                    + "original files back, or ask for the date to be reset.");
        }
    }
}
