package com.pickupsettlement.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.pickupsettlement.support.UnitTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the command line's options become beyond the command itself, read off its declared
 * options: what an operator's failure message is about (the date or month the command requires),
 * and the folder settings (--inbox, --out) the Spring context starts with.
 */
@UnitTest
class CliTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run --date 2026-11-09 --inbox in --out out | 2026-11-09",
            "check --date 2026-11-10                      | 2026-11-10",
            "recover --date 2026-11-11                    | 2026-11-11",
            "restore-inputs --date 2026-11-12 --to x      | 2026-11-12",
            "statement --month 2026-11                    | 2026-11",
            "catch-up --to 2026-11-13                     | ",
            "status --date 2026-11-09                     | ",
            "status                                       | "})
    void theSubjectIsTheDateOrMonthGiven(String commandLine, String subject) {
        DatabaseCommand command = parse(commandLine);
        if (subject == null) {
            assertNull(command.subject(), commandLine);
        } else {
            assertEquals(subject, command.subject(), commandLine);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run --date 2026-11-09 --inbox in --out o     | --settlement.inbox=in --settlement.out=o",
            "catch-up --out o                             | --settlement.out=o",
            "check --date 2026-11-10 --inbox in           | --settlement.inbox=in",
            "status --out o                               | --settlement.out=o",
            "statement --month 2026-11 --out o            | --settlement.out=o",
            "recover --date 2026-11-11                    | ",
            "run --date 2026-11-09                        | "})
    void theFolderOptionsBecomeSettings(String commandLine, String settings) {
        assertEquals(settings == null ? List.of() : List.of(settings.split(" ")), parse(commandLine).springArguments(),
                commandLine);
    }

    private static DatabaseCommand parse(String commandLine) {
        return (DatabaseCommand) Cli.parse(commandLine.trim().split(" +"));
    }
}
