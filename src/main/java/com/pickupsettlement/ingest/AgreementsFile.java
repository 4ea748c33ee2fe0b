package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.InvalidAgreementsException;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.ingest.csv.CsvRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates agreements.csv (rulebook 2.4 and 8); any fault stops the run with exit 2. */
public final class AgreementsFile {
    public static final String NAME = "agreements.csv";
    static final String HEADER = "party_code,party_name,role,share_percent,effective_from,effective_to";
    private static final Pattern PARTY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d{1,4})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private AgreementsFile() {
    }

    public static AgreementSet read(Path inbox) {
        Path file = inbox.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new InvalidAgreementsException(file + " is missing");
        }
        List<AgreementTerm> terms = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             CsvRecordReader reader = new CsvRecordReader(in, StandardCharsets.UTF_8, ',', 65536)) {
            CsvRecord header = reader.next();
            if (header == null || !header.raw().equals(HEADER)) {
                throw new InvalidAgreementsException(NAME + ", line 1: the header must be exactly " + HEADER);
            }
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                terms.add(term(r));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidAgreementsException iae) {
                throw iae;
            }
            throw new InvalidAgreementsException(NAME + ": cannot be read (" + e.getMessage() + ")");
        }
        return AgreementSet.of(terms);
    }

    private static AgreementTerm term(CsvRecord r) {
        String where = NAME + ", line " + r.lineNumber() + ": ";
        List<String> c = r.cells();
        if (c.size() != 6 || r.unterminatedQuote()) {
            throw new InvalidAgreementsException(where + RejectReason.WRONG_COLUMN_COUNT);
        }
        if (!PARTY_CODE.matcher(c.get(0)).matches()) {
            throw new InvalidAgreementsException(where + RejectReason.badFormat("party_code"));
        }
        AgreementTerm.Role role;
        try {
            role = AgreementTerm.Role.valueOf(c.get(2));
        } catch (IllegalArgumentException e) {
            throw new InvalidAgreementsException(where + RejectReason.UNKNOWN_CODE + " (role)");
        }
        BigDecimal percent = null;
        if (role == AgreementTerm.Role.MARKETPLACE) {
            if (!c.get(3).isEmpty()) {
                throw new InvalidAgreementsException(where + "a MARKETPLACE keeps the remainder: share_percent must be empty");
            }
        } else {
            if (!PERCENT.matcher(c.get(3)).matches()) {
                throw new InvalidAgreementsException(where + RejectReason.badFormat("share_percent"));
            }
            percent = new BigDecimal(c.get(3));
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidAgreementsException(where + RejectReason.OUT_OF_RANGE + " (share_percent)");
            }
        }
        LocalDate from = date(c.get(4), where + RejectReason.badFormat("effective_from"));
        LocalDate to = c.get(5).isEmpty() ? null : date(c.get(5), where + RejectReason.badFormat("effective_to"));
        return new AgreementTerm(c.get(0), c.get(1), role, percent, from, to);
    }

    private static LocalDate date(String text, String error) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidAgreementsException(error);
        }
    }
}
