package com.pickupsettlement.sampledata;

/**
 * SplitMix64, the algorithm behind {@link java.util.SplittableRandom}, written out so that it can
 * be re-seeded in place (one instance per worker, no allocation per order) and so that the bytes
 * generated for a seed are pinned by this file rather than by the JDK's implementation.
 */
final class Rng {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    Rng seed(long seed) {
        state = seed;
        return this;
    }

    long next() {
        state += GAMMA;
        return Hash.mix(state);
    }

    /** Uniform in [0, bound), bound > 0; the multiply-shift bias is below 2^-32, irrelevant here. */
    int nextInt(int bound) {
        return (int) (((next() >>> 32) * bound) >>> 32);
    }

    long nextLong(long bound) {
        return (long) (nextDouble() * bound);
    }

    double nextDouble() {
        return (next() >>> 11) * 0x1.0p-53;
    }
}
