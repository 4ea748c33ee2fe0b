package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exit 3: a feed file of the date has not arrived; nothing is loaded. */
final class InputsReady {
    private InputsReady() {
    }

    static void check(Path inbox, BusinessDate date) {
        List<String> missing = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            if (feed.required() && !Files.isRegularFile(inbox.resolve(feed.fileName(date)))) {
                missing.add(feed.fileName(date));
            }
        }
        if (!missing.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUT_NOT_READY, "input not ready for " + date + ": missing "
                    + String.join(", ", missing) + " in " + inbox + ". Nothing was loaded; run again when it arrives.");
        }
    }
}
