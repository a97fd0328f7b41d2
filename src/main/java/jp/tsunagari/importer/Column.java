package jp.tsunagari.importer;

import java.util.List;

/**
 * One column of an import/export layout: its English key (also accepted as header), its Japanese header, whether a
 * value is required, and what a value must look like.
 */
record Column(String key, String header, boolean required, Type type, List<String> values) {

    /** What a cell holds. Lists are separated by {@code ;} (also {@code ；} or {@code 、}). */
    enum Type {
        /** A node id: letters, digits and {@code . _ : -}, at most 100 characters. */
        ID,
        /** Several ids. */
        IDS,
        /** Free text, at most 200 characters. */
        TEXT,
        /** One of {@link Column#values()}. */
        ENUM,
        /** Service kind codes (or their Japanese names). */
        SERVICES,
        /** One service kind. */
        SERVICE,
        /** true/false (also 1/0, はい/いいえ, ○/×). */
        BOOLEAN,
        /** yyyy-MM-dd (also yyyy/MM/dd). */
        DATE,
        /** A whole number within {@link Column#values()} (the allowed numbers). */
        INTEGER,
        LATITUDE, LONGITUDE,
        /** Digits only, the count given in {@link Column#values()}. */
        DIGITS
    }

    static Column required(String key, String header, Type type, String... values) {
        return new Column(key, header, true, type, List.of(values));
    }

    static Column optional(String key, String header, Type type, String... values) {
        return new Column(key, header, false, type, List.of(values));
    }

    boolean isList() {
        return type == Type.IDS || type == Type.SERVICES;
    }
}
