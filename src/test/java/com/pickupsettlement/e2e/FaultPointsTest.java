package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CI's shards of the kill points (-Dfault.shard=K/N) kill at every point exactly once between them,
 * also beside the README command's handful (-Dfault.afterQuick=true).
 */
@UnitTest
class FaultPointsTest {

    @Test
    void threeShards_TogetherHoldEveryPointOnce_AndEachReachesMostStages() {
        List<String> all = FaultPoints.choose(CrashRecoveryIT.POINTS, Integer.MAX_VALUE, 20261127L);
        int total = CrashRecoveryIT.POINTS.values().stream().mapToInt(List::size).sum();
        assertEquals(total, all.size());
        List<String> union = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<String> shard = FaultPoints.shard(all, k + "/3");
            assertTrue(shard.size() >= total / 3, k + "/3: " + shard);
            long stages = CrashRecoveryIT.POINTS.values().stream().filter(g -> g.stream().anyMatch(shard::contains)).count();
            assertTrue(stages >= CrashRecoveryIT.POINTS.size() - 1, k + "/3 reaches " + stages + " stages: " + shard);
            union.addAll(shard);
        }
        assertEquals(total, union.size(), "no point twice");
        assertEquals(new HashSet<>(all), new HashSet<>(union));
    }

    @Test
    void theReadmesHandful_AndThreeShardsAfterIt_TogetherHoldEveryPointOnce() {
        List<String> union = new ArrayList<>(withProperties(null, false));
        assertEquals(6, union.size(), "the README command's handful: " + union);
        for (int k = 1; k <= 3; k++) {
            union.addAll(withProperties(k + "/3", true));
        }
        int total = CrashRecoveryIT.POINTS.values().stream().mapToInt(List::size).sum();
        assertEquals(total, union.size(), "no point twice: " + union);
        assertEquals(total, new HashSet<>(union).size());
    }

    /**
     * selected() with exactly these properties: Maven hands its -D options (CI's -Dfault.shard, say)
     * to the test JVM too, so those of the run are put aside and back.
     */
    private static List<String> withProperties(String shard, boolean afterQuick) {
        List<String> names = List.of("fault.shard", "fault.afterQuick", "fault.killPoints");
        Map<String, String> before = new HashMap<>();
        names.forEach(n -> before.put(n, System.getProperty(n)));
        try {
            names.forEach(System::clearProperty);
            if (shard != null) {
                System.setProperty("fault.shard", shard);
            }
            System.setProperty("fault.afterQuick", Boolean.toString(afterQuick));
            return FaultPoints.selected(CrashRecoveryIT.POINTS);
        } finally {
            before.forEach((n, v) -> {
                if (v == null) {
                    System.clearProperty(n);
                } else {
                    System.setProperty(n, v);
                }
            });
        }
    }

    @Test
    void aShardOutOfRange_IsAnError() {
        assertThrows(IllegalArgumentException.class, () -> FaultPoints.shard(List.of("a"), "4/3"));
        assertThrows(IllegalArgumentException.class, () -> FaultPoints.shard(List.of("a"), "3"));
    }
}
