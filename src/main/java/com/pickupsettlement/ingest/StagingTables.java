package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.Feed;

/** The staging table of each feed. */
public final class StagingTables {
    private StagingTables() {
    }

    public static String of(Feed feed) {
        return switch (feed) {
            case ORDERS -> "stg_orders";
            case MANIFEST -> "stg_manifest";
            case PICKUPS -> "stg_pickups";
            case RESOLUTIONS -> "stg_resolutions";
        };
    }
}
