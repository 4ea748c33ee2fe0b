package com.pickupsettlement.domain;

/** agreements.csv breaks rulebook 2.4: the run stops with exit 2 before anything is loaded. */
public class InvalidAgreementsException extends RuntimeException {
    public InvalidAgreementsException(String message) {
        super(message);
    }
}
