package com.pickupsettlement.ingest;

import com.pickupsettlement.system.CopyBinary;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A feed row that passed its cell checks, as the values of its staging table's typed columns. The
 * record's components are that mapping, in exactly one place: their order is the column order,
 * their names (in snake_case) the column names, their types the columns' types (String for text,
 * OffsetDateTime or Instant for timestamptz, BigDecimal for numeric, Integer for int; see
 * {@link CopyBinary}). StagingSchemaTest holds them against the migrated tables.
 */
public sealed interface FeedRow permits OrderRow, ManifestRow, PickupRow, ResolutionRow {
    /** Writes the components, in declaration order, as one COPY field each. */
    void copyTo(CopyBinary out);

    /** The staging columns of a row type: its record components' names in snake_case, in order. */
    static List<String> columns(Class<? extends FeedRow> type) {
        return FeedRowColumns.OF.get(type);
    }
}

/** The staging columns of each row type, computed once. */
final class FeedRowColumns {
    static final ClassValue<List<String>> OF = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .map(FeedRowColumns::snakeCase).toList();
        }
    };

    private FeedRowColumns() {
    }

    /** orderId → order_id, weightKg → weight_kg. */
    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
