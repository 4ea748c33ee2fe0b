package com.pickupsettlement.sampledata;

/**
 * Courier comments on manifest lines. All text is in Windows-1251's repertoire. Most lines have
 * none; the tricky ones exercise RFC 4180 quoting (';', '"', line breaks inside quotes).
 */
final class Comments {
    private static final String[] PLAIN = {
        "Упаковка целая", "Стекло", "Хрупкое", "Оплачено", "Не кантовать", "Сумма: 1 234,50 руб.",
        "+7 (999) 123-45-67 звонить после 18:00", "Вес уточнён при приёме", "Коробка № 2 из партии",
    };
    private static final String[] TRICKY = {
        "Хрупкое; не бросать",
        "Клиент просил: \"не звонить\"\nоставить у двери",
        "Адрес: ул. Ленина, д. 5\nподъезд 2, код 12#",
        "Упаковка повреждена; \"вскрыто\" при приёме",
        "-10% уценка; коробка мятая",
        "Товар «как есть» — без гарантии",
    };
    private static final String[] FORMULA = {
        "=HYPERLINK(\"http://example.com\";\"клик\")",
        "@SUM(1;2)",
    };

    private Comments() {
    }

    /** {@code roll} in [0, 1000): 88 % empty, 9 % plain, 2.5 % tricky, 0.5 % formula-looking. */
    static String pick(int roll, boolean anomalies) {
        if (roll < 880) {
            return "";
        }
        if (roll < 970) {
            return PLAIN[roll % PLAIN.length];
        }
        if (roll < 995) {
            return TRICKY[roll % TRICKY.length];
        }
        return anomalies ? FORMULA[roll % FORMULA.length] : "";
    }
}
