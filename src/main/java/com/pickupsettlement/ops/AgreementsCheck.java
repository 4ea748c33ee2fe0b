package com.pickupsettlement.ops;

import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.InvalidAgreementsException;
import com.pickupsettlement.ingest.AgreementsFile;
import java.nio.file.Path;

/** Exit 2 before anything is loaded: agreements.csv breaks rulebook 2.4, or has no marketplace on the date. */
final class AgreementsCheck {
    private AgreementsCheck() {
    }

    static AgreementSet read(Path inbox, BusinessDate date) {
        try {
            AgreementSet agreements = AgreementsFile.read(inbox);
            agreements.requireMarketplaceOn(date.date());
            return agreements;
        } catch (InvalidAgreementsException e) {
            throw new OperatorMessage(ExitCode.USAGE, "agreements are not valid: " + e.getMessage()
                    + ". Nothing was loaded. Fix " + inbox.resolve(AgreementsFile.NAME) + " and run " + date + " again.");
        }
    }
}
