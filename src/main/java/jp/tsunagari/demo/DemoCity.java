package jp.tsunagari.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated city as rows ready for batched {@code UNWIND} writes, one table per kind of element, in load order.
 */
record DemoCity(String name, Map<String, List<Map<String, Object>>> tables) {

    static DemoCity empty(String name) {
        return new DemoCity(name, new LinkedHashMap<>());
    }

    void add(String table, Map<String, Object> row) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }
}
