package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import com.pickupsettlement.settle.AgreementRepository;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * {@code run --date D}: the operations contract of rulebook 7 around the nightly job. The checks
 * come in the order a careful operator would want, each in a class of its own named after what
 * it protects: configuration (exit 2), one run at a time (7), the order of dates (6), the inputs
 * present and no longer being copied (3), a closed or failed date's inputs unchanged (5); then
 * the job starts or resumes.
 */
@Component
public class NightRun {
    private final SettlementProperties properties;
    private final DataSource dataSource;
    private final BusinessDays days;
    private final AgreementRepository agreements;
    private final DateOrder dateOrder;
    private final InputsUnchanged inputsUnchanged;
    private final NightLauncher launcher;

    NightRun(SettlementProperties properties, DataSource dataSource, BusinessDays days, AgreementRepository agreements,
             DateOrder dateOrder, InputsUnchanged inputsUnchanged, NightLauncher launcher) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.days = days;
        this.agreements = agreements;
        this.dateOrder = dateOrder;
        this.inputsUnchanged = inputsUnchanged;
        this.launcher = launcher;
    }

    public ExitCode run(BusinessDate date) throws Exception {
        AgreementSet agreementSet = AgreementsCheck.read(properties.inbox(), date);
        try (RunLock lock = RunLock.hold(dataSource, "another run is active; this one did nothing. Wait for it to end "
                + "(see 'status') and run " + date + " again if needed.")) {
            Optional<BusinessDays.Day> day = days.find(date);
            dateOrder.check(date, day);
            InputsReady ready = InputsReady.check(properties.inbox(), date, properties.feeds());
            InputChecksums inputs = InputChecksums.of(properties.inbox(), date);
            ready.confirmUnchanged();
            if (day.isPresent() && day.get().status() == DayStatus.COMPLETED) {
                return inputsUnchanged.rerunClosed(date, day.get(), inputs);
            }
            long runKey;
            if (day.isPresent()) {
                inputsUnchanged.requireForResume(date, day.get(), inputs);
                runKey = day.get().runKey();
                // Not closed yet: the agreements as they are now apply (a fix to them is how an exit 2 is resolved).
                agreements.forget(date);
            } else {
                runKey = System.currentTimeMillis();
                days.start(date, runKey, inputs);
            }
            agreements.recordIfAbsent(date, agreementSet);
            days.setStatus(date, DayStatus.RUNNING);
            return launcher.launch(date, runKey);
        }
    }
}
