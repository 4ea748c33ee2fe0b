package com.pickupsettlement.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every knob of the pipeline, in one immutable tree (prefix {@code settlement}). Defaults are the
 * rulebook's; environment variables such as SETTLEMENT_INBOX override them the Spring Boot way.
 */
@ConfigurationProperties("settlement")
public record SettlementProperties(
        @DefaultValue("./inbox") Path inbox,
        @DefaultValue("./out") Path out,
        @DefaultValue Feeds feeds,
        @DefaultValue Refusal refusal,
        @DefaultValue Sla sla,
        @DefaultValue Embedded embedded,
        @DefaultValue Reconcile reconcile,
        @DefaultValue("5000") int chunkSize) {

    /**
     * Per-feed encodings and delimiters (rulebook 2): settings, not code. And when a file counts
     * as arrived (ops/InputsReady): the orders and pickups files have no trailer, so a file still
     * being copied would look complete. {@code quietTime}: a file must not have changed for that
     * long (0, the default, for runs by hand; jobs/nightly.sh sets 60s). {@code doneMarkers}: the
     * feeds whose sender writes {@code <file name>.done} once the file is whole; for those the
     * marker is what counts.
     */
    public record Feeds(
            @DefaultValue({"UTF-8", ","}) FeedFormat orders,
            @DefaultValue({"windows-1251", ";"}) FeedFormat manifest,
            @DefaultValue({"UTF-8", ","}) FeedFormat pickups,
            @DefaultValue("65536") int maxRecordChars,
            @DefaultValue("0s") Duration quietTime,
            @DefaultValue java.util.Set<com.pickupsettlement.domain.Feed> doneMarkers) {
    }

    public record FeedFormat(Charset charset, char delimiter) {
    }

    /** Rulebook 2.5: a file is refused when more than percent % AND more than minRows rows are rejected. */
    public record Refusal(@DefaultValue("1") int percent, @DefaultValue("5") int minRows) {
    }

    /** Rulebook 4 SLA figures. */
    public record Sla(
            @DefaultValue("5") int daysToShip,
            @DefaultValue("192h") Duration transit,
            @DefaultValue("336h") Duration holding,
            @DefaultValue("1") java.math.BigDecimal valueTolerancePercent) {
    }

    /**
     * How much a night re-evaluates. INCREMENTAL (the default) re-evaluates what changed since the
     * previous date and falls back to FULL by itself when that is not safe; FULL forces a complete
     * re-evaluation, for ops who want one night rebuilt from history.
     */
    public record Reconcile(@DefaultValue("INCREMENTAL") Scope scope) {
        public enum Scope { INCREMENTAL, FULL }
    }

    /** The embedded PostgreSQL used when no spring.datasource.url is set. */
    public record Embedded(@DefaultValue("./var/pgdata") Path dataDirectory) {
    }
}
