package com.pickupsettlement.archive;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the inputs archive (prefix {@code settlement.archive}). {@code keepInputs} unset
 * (the default) keeps every closed date's inputs for ever: finance keeps its records for years,
 * and a night's inputs compress to a fraction of its outputs. Set, say, {@code 5y} or
 * {@code 400d}, a completed night removes the archived inputs of dates older than that before it.
 * In its own record rather than in SettlementProperties so that the archive can be read and
 * changed on its own.
 */
@ConfigurationProperties("settlement.archive")
public record ArchiveProperties(Period keepInputs) {
}
