package com.pickupsettlement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.InvalidAgreementsException;
import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rulebook 2.4 and 8: agreements.csv is read whole and any fault stops the run. */
@UnitTest
class AgreementsFileTest {
    private static final String HEADER = "party_code,party_name,role,share_percent,effective_from,effective_to";
    /** The conformance set's agreements.csv, byte for byte. */
    private static final String SAMPLE = HEADER + "\n"
            + "ALIEXPRESS,AliExpress,MARKETPLACE,,2026-01-01,\n"
            + "CSL,\"China Smart Logistics Co., Ltd.\",PARTNER,1.5,2026-01-01,\n"
            + "SPSR,SPSR Express,PARTNER,3.5,2026-01-01,2026-11-05\n"
            + "SPSR,SPSR Express,PARTNER,3.75,2026-11-06,\n";

    @TempDir
    Path inbox;

    private void write(String text) throws IOException {
        Files.writeString(inbox.resolve("agreements.csv"), text, StandardCharsets.UTF_8);
    }

    private InvalidAgreementsException refused(String text) throws IOException {
        write(text);
        return assertThrows(InvalidAgreementsException.class, () -> AgreementsFile.read(inbox));
    }

    private static void assertMentions(InvalidAgreementsException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "\"" + e.getMessage() + "\" should mention \"" + part + "\"");
        }
    }

    @Test
    void sampleFileIsRead() throws IOException {
        write(SAMPLE);
        AgreementSet set = AgreementsFile.read(inbox);
        List<AgreementTerm> terms = set.terms();
        assertEquals(4, terms.size());
        AgreementTerm ali = terms.get(0);
        assertEquals("ALIEXPRESS", ali.partyCode());
        assertEquals("AliExpress", ali.partyName());
        assertEquals(AgreementTerm.Role.MARKETPLACE, ali.role());
        assertNull(ali.sharePercent());
        assertEquals(LocalDate.of(2026, 1, 1), ali.effectiveFrom());
        assertNull(ali.effectiveTo());
        AgreementTerm csl = terms.get(1);
        assertEquals("China Smart Logistics Co., Ltd.", csl.partyName());
        assertEquals(new BigDecimal("1.5"), csl.sharePercent());
        AgreementTerm spsrOld = terms.get(2);
        assertEquals(new BigDecimal("3.5"), spsrOld.sharePercent());
        assertEquals(LocalDate.of(2026, 11, 5), spsrOld.effectiveTo());
        assertEquals(new BigDecimal("3.75"), terms.get(3).sharePercent());
        assertEquals(LocalDate.of(2026, 11, 6), terms.get(3).effectiveFrom());
        assertEquals(3, set.requireMarketplaceOn(LocalDate.of(2026, 11, 6)).size());
    }

    @Test
    void sampleFileWithBomAndCrlfIsRead() throws IOException {
        write("\uFEFF" + SAMPLE.replace("\n", "\r\n"));
        AgreementSet set = AgreementsFile.read(inbox);
        assertEquals(4, set.terms().size());
        assertNull(set.terms().get(3).effectiveTo());
    }

    @Test
    void conformanceFileIsTheSampleAndIsRead() throws IOException {
        try (InputStream in = AgreementsFileTest.class.getResourceAsStream("/conformance/inbox/agreements.csv")) {
            assertNotNull(in, "the conformance inbox is on the test class path");
            byte[] bytes = in.readAllBytes();
            assertEquals(SAMPLE, new String(bytes, StandardCharsets.UTF_8));
            Files.write(inbox.resolve("agreements.csv"), bytes);
        }
        assertEquals(4, AgreementsFile.read(inbox).terms().size());
    }

    @Test
    void missingFileIsRefused() {
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementsFile.read(inbox));
        assertMentions(e, "agreements.csv", "missing");
    }

    @Test
    void wrongHeaderIsRefused() throws IOException {
        InvalidAgreementsException e = refused(SAMPLE.replace("share_percent", "share"));
        assertMentions(e, "line 1", "header");
        assertMentions(refused(HEADER + ",extra\n"), "line 1");
        assertMentions(refused(" " + HEADER + "\n"), "line 1");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertMentions(refused(""), "line 1");
    }

    @Test
    void headerOnlyIsAValidEmptySet() throws IOException {
        write(HEADER + "\n");
        assertEquals(List.of(), AgreementsFile.read(inbox).terms());
    }

    @Test
    void badPartyCodeIsRefusedNamingTheLine() throws IOException {
        assertMentions(refused(HEADER + "\nALIEXPRESS,A,MARKETPLACE,,2026-01-01,\nSP SR,S,PARTNER,3.5,2026-01-01,\n"),
                "line 3", "party_code");
        assertMentions(refused(HEADER + "\n,A,MARKETPLACE,,2026-01-01,\n"), "line 2", "party_code");
        assertMentions(refused(HEADER + "\n" + "X".repeat(33) + ",A,MARKETPLACE,,2026-01-01,\n"), "line 2", "party_code");
        assertMentions(refused(HEADER + "\nSPSR.RU,S,MARKETPLACE,,2026-01-01,\n"), "line 2", "party_code");
    }

    @Test
    void partyCodeWithUnderscoreDashAndDigitsAtMaximumLengthIsAccepted() throws IOException {
        String code = "Ab_-9".repeat(6) + "xy";
        write(HEADER + "\n" + code + ",Name,MARKETPLACE,,2026-01-01,\n");
        assertEquals(code, AgreementsFile.read(inbox).terms().get(0).partyCode());
    }

    @Test
    void sharePercentWithFiveDecimalsIsRefused() throws IOException {
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,3.50001,2026-01-01,\n"),
                "line 3", "share_percent");
    }

    @Test
    void sharePercentWithFourDecimalsIsAccepted() throws IOException {
        write(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,3.5001,2026-01-01,\nZ,Z,PARTNER,0,2026-01-01,\n");
        List<AgreementTerm> terms = AgreementsFile.read(inbox).terms();
        assertEquals(new BigDecimal("3.5001"), terms.get(1).sharePercent());
        assertEquals(0, terms.get(2).sharePercent().signum());
    }

    @Test
    void malformedSharePercentIsRefused() throws IOException {
        for (String bad : new String[] {"", "-1", "+3.5", "3,5", "3.", ".5", "1e1", " 3.5"}) {
            assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER," + (bad.contains(",") ? "\"" + bad + "\"" : bad)
                    + ",2026-01-01,\n"), "line 3", "share_percent");
        }
    }

    @Test
    void sharePercentOverHundredIsRefused() throws IOException {
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,100.0001,2026-01-01,\n"),
                "line 3", "share_percent");
    }

    @Test
    void sharePercentOfExactlyHundredIsAccepted() throws IOException {
        write(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,100.0000,2026-01-01,\n");
        assertEquals(0, new BigDecimal("100").compareTo(AgreementsFile.read(inbox).terms().get(1).sharePercent()));
    }

    @Test
    void marketplaceWithASharePercentIsRefused() throws IOException {
        assertMentions(refused(HEADER + "\nP,P,PARTNER,1,2026-01-01,\nM,M,MARKETPLACE,95,2026-01-01,\n"),
                "line 3", "share_percent");
    }

    @Test
    void unknownRoleIsRefused() throws IOException {
        assertMentions(refused(HEADER + "\nM,M,marketplace,,2026-01-01,\n"), "line 2", "role");
    }

    @Test
    void wrongColumnCountIsRefused() throws IOException {
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01\n"), "line 2", "column");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,,\n"), "line 2", "column");
    }

    @Test
    void badDatesAreRefused() throws IOException {
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-02-30,\n"), "line 2", "effective_from");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,,\n"), "line 2", "effective_from");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,01.01.2026,\n"), "line 2", "effective_from");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,2026-1-31\n"), "line 2", "effective_to");
    }

    @Test
    void lineNumbersCountEmptyLinesAndMultiLineRecords() throws IOException {
        assertMentions(refused(HEADER + "\n\nM,\"Multi\nline\",MARKETPLACE,,2026-01-01,\nP,P,PARTNER,101,2026-01-01,\n"),
                "line 5", "share_percent");
    }

    @Test
    void setLevelFaultsAreRefused() throws IOException {
        assertMentions(refused(HEADER + "\nA,A,MARKETPLACE,,2026-01-01,\nB,B,MARKETPLACE,,2026-01-01,\n"), "MARKETPLACE");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,60,2026-01-01,\nQ,Q,PARTNER,41,2026-01-01,\n"),
                "101");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-01,\nP,P,PARTNER,1,2026-01-01,\nP,P,PARTNER,2,2026-06-01,\n"),
                "P");
        assertMentions(refused(HEADER + "\nM,M,MARKETPLACE,,2026-01-02,2026-01-01\n"), "effective_to");
    }

    @Test
    void undecodableFileIsRefused() throws IOException {
        Files.write(inbox.resolve("agreements.csv"), new byte[] {'p', (byte) 0xFF, '\n'});
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementsFile.read(inbox));
        assertMentions(e, "agreements.csv");
    }
}
