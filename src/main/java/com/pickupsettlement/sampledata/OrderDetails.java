package com.pickupsettlement.sampledata;


/**
 * The parts of an order only needed to write its rows (parties, money, parcels' contents), kept
 * apart from {@link OrderPlan} so the daily scan over ~40 days of orders does not pay for them.
 */
final class OrderDetails {
    static final String[] CURRENCIES = {"RUB", "USD", "CNY"};
    private static final int RUB = 0;
    private static final int USD = 1;
    /** Rough RUB per unit, only to convert a mis-declared parcel's value. */
    private static final double[] RUB_RATE = {1, 90, 12.5};
    private static final double[][] AMOUNT_RANGE = {{300, 25_000}, {3, 300}, {20, 2_000}};
    private static final String[] SHOPS = {"shop_ugreen", "shop_lenovo", "baseus_official", "xiaomi_store"};
    private static final String[] FORMULA_SELLERS = {"=1+1", "@seller_cn", "-discount-shop"};
    private static final String[] FORMULA_BUYERS = {"-5", "@x"};

    private final Setup setup;
    private final Rng rng = new Rng();
    private long buyerNo;
    private String buyerOverride;
    private int seller;
    int currency;
    long amount;
    int batch;
    int declaredCurrency;
    final long[] declared = new long[3];
    final int[] grams = new int[3];
    final String[] comments = new String[3];
    private final double[] share = new double[3];

    OrderDetails(Setup setup) {
        this.setup = setup;
    }

    void load(OrderPlan plan) {
        Rng r = rng.seed(Hash.of(setup.seed, 4, plan.placeDay, plan.index));
        buyerNo = r.nextInt(1_000_000_000);
        // Squaring skews the pick: a few big sellers take many orders, as on a real marketplace.
        double s = r.nextDouble();
        seller = (int) (s * s * 3000);
        int roll = r.nextInt(100);
        currency = roll < 85 ? RUB : roll < 93 ? USD : 2;
        double[] range = AMOUNT_RANGE[currency];
        double major = Math.exp(Math.log(range[0]) + r.nextDouble() * Math.log(range[1] / range[0]));
        amount = Math.max(1, Math.round(major * 100));
        if (r.nextInt(100) < 35) {
            amount = Math.max(100, amount / 100 * 100);
        }
        batch = 1 + r.nextInt(3);
        double drift = 1 + (r.nextDouble() - 0.5) * 0.008;
        double total = 0;
        for (int p = 0; p < 3; p++) {
            share[p] = 1 + r.nextDouble() * 3;
            grams[p] = 50 + r.nextInt(3950);
            comments[p] = Comments.pick(r.nextInt(1000), setup.anomalies);
        }
        for (int p = 0; p < plan.parcels; p++) {
            total += share[p];
        }
        long h = Hash.of(setup.seed, 5, plan.placeDay, plan.index);
        buyerOverride = setup.anomalies && Anomaly.formula(h) ? FORMULA_BUYERS[Hash.below(h, 2)] : null;
        declaredCurrency = currency;
        double value = amount * drift;
        if (plan.anomaly == Anomaly.VALUE_MISMATCH) {
            value *= 0.8;
        } else if (plan.anomaly == Anomaly.CURRENCY_MISMATCH) {
            declaredCurrency = currency == RUB ? USD : RUB;
            value = value * RUB_RATE[currency] / RUB_RATE[declaredCurrency];
        }
        long whole = Math.round(value);
        long left = whole;
        for (int p = 0; p < plan.parcels; p++) {
            declared[p] = p == plan.parcels - 1 ? left : Math.round(whole * share[p] / total);
            left -= declared[p];
        }
    }

    void buyer(StringBuilder sb) {
        if (buyerOverride != null) {
            sb.append(buyerOverride);
        } else {
            sb.append('U');
            Fmt.pad(sb, buyerNo, 9);
        }
    }

    /** Seller names come from a fixed pool: mostly codes, some Chinese shop names, a few brand shops. */
    void seller(StringBuilder sb) {
        if (setup.anomalies) {
            int formula = seller == 107 ? 0 : seller == 217 ? 1 : seller == 331 ? 2 : -1;
            if (formula >= 0) {
                sb.append(FORMULA_SELLERS[formula]);
                return;
            }
        }
        long h = Hash.mix(seller * 0x9E3779B97F4A7C15L + 77);
        int kind = Hash.below(h, 10);
        long number = (h >>> 8) % 10_000_000;
        if (kind < 8) {
            sb.append('S');
            Fmt.pad(sb, number, 7);
        } else if (kind == 8) {
            sb.append("店铺");
            Fmt.pad(sb, number % 10_000, 4);
        } else {
            sb.append(SHOPS[(int) (number % SHOPS.length)]);
        }
    }
}
