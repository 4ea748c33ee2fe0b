package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Rulebook 9, "Which dates": a resolutions file dated for a date that has already run is never
 * applied. The run of a later date names it, so that finance re-dates it: every file in the inbox
 * dated before the date being run whose date is closed without it (or with other bytes).
 */
@Component
class StaleResolutionFiles {
    private static final Pattern NAME = Pattern.compile("resolutions_(\\d{8})\\.csv");

    private final BusinessDays days;
    private final SettlementProperties properties;

    StaleResolutionFiles(BusinessDays days, SettlementProperties properties) {
        this.days = days;
        this.properties = properties;
    }

    /** The names of the files that were not and will not be applied, oldest first. */
    List<String> before(BusinessDate date) throws IOException {
        List<String> stale = new ArrayList<>();
        if (!Files.isDirectory(properties.inbox())) {
            return stale;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(properties.inbox())) {
            files = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            m.matches();
            BusinessDate dated = new BusinessDate(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
            if (dated.compareTo(date) >= 0) {
                continue;
            }
            Optional<BusinessDays.Day> day = days.find(dated);
            if (day.isPresent() && day.get().status() == DayStatus.COMPLETED
                    && !Objects.equals(day.get().inputs().resolutions(), InputChecksums.sha256(file))) {
                stale.add(file.getFileName().toString());
            }
        }
        return stale;
    }
}
