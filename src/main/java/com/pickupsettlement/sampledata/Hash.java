package com.pickupsettlement.sampledata;

/**
 * Stateless mixing (the SplitMix64 finaliser). Every random decision is a pure function of the seed
 * and the identity of the thing decided about (day, order, parcel, event), never of how many
 * numbers were drawn before it. That is what lets each day be generated on its own, in any order,
 * without remembering earlier days.
 */
final class Hash {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hash() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long of(long seed, long salt, long a, long b) {
        return mix(mix(mix(seed * GOLDEN + salt) + a * GOLDEN) + b);
    }

    /** A uniform int in [0, bound) from the high bits of a hash. */
    static int below(long hash, int bound) {
        return (int) ((hash >>> 1) % bound);
    }
}
