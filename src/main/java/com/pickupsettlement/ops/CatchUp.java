package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code catch-up [--to D]}: runs every missing date in order, from the day after the last
 * completed one (or the earliest date found in the inbox) up to D, default yesterday in Moscow.
 * Stops at the first date that does not complete, with that run's exit code.
 */
@Component
record CatchUp(NightRun night, BusinessDays days, SettlementProperties properties) {
    private static final Pattern FEED_DATE = Pattern.compile("(?:orders|manifest|pickups)_(\\d{8})\\.csv");

    ExitCode catchUp(BusinessDate to) throws Exception {
        BusinessDate last = to != null ? to : new BusinessDate(LocalDate.now(BusinessDate.MOSCOW).minusDays(1));
        Optional<BusinessDate> from = firstMissing();
        if (from.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUT_NOT_READY, "nothing to run: no date was ever completed and "
                    + properties.inbox() + " holds no feed file.");
        }
        int ran = 0;
        for (BusinessDate d = from.get(); d.compareTo(last) <= 0; d = d.next()) {
            System.out.println("== " + d);
            ExitCode code = night.run(d);
            if (code != ExitCode.COMPLETED) {
                return code;
            }
            ran++;
        }
        System.out.println(ran == 0 ? "up to date: every date to " + last + " is completed"
                : "caught up: " + ran + " date(s) completed, up to " + last);
        return ExitCode.COMPLETED;
    }

    private Optional<BusinessDate> firstMissing() throws IOException {
        Optional<BusinessDate> lastCompleted = days.lastCompleted();
        if (lastCompleted.isPresent()) {
            return Optional.of(lastCompleted.get().next());
        }
        Optional<BusinessDate> started = days.firstStarted();
        return started.isPresent() ? started : earliestInInbox(properties.inbox());
    }

    static Optional<BusinessDate> earliestInInbox(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.map(p -> FEED_DATE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE))
                    .min(LocalDate::compareTo)
                    .map(BusinessDate::new);
        }
    }
}
