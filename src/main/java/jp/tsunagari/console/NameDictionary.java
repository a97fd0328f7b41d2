package jp.tsunagari.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import jp.tsunagari.network.NetworkChanged;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The names that must not leave the console for users who may not identify residents, with what replaces each:
 * every resident's name → their pseudonym (住民-0017, as in council views; names shared by several residents → their
 * pseudonyms joined by "/"), every supporting person's name (often family, naming the resident) → the person's id.
 * Coordinators' names stay. Read from the database when first needed, again after any change to residents or
 * persons made through the app, whenever the number of residents or persons differs from when it was read (two
 * count-store lookups per query: a resident or person created from outside, e.g. over Bolt, is known at once), and
 * at most {@link #MAX_AGE} later for other writes from outside (a name changed over Bolt).
 */
@Component
class NameDictionary {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** The replacements, with the shortest and longest name length for substring scanning. */
    record Names(Map<String, String> replacements, int minLength, int maxLength, Instant readAt, Counts counts) {

        /** {@code text} with every name in it replaced, longest match first (also names inside longer text). */
        String replaceIn(String text) {
            if (replacements.isEmpty() || text.length() < minLength) {
                return text;
            }
            StringBuilder out = null;
            int i = 0;
            int copiedTo = 0;
            while (i <= text.length() - minLength) {
                String found = null;
                int foundLength = 0;
                for (int len = Math.min(maxLength, text.length() - i); len >= minLength; len--) {
                    String replacement = replacements.get(text.substring(i, i + len));
                    if (replacement != null) {
                        found = replacement;
                        foundLength = len;
                        break;
                    }
                }
                if (found != null) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copiedTo, i).append(found);
                    i += foundLength;
                    copiedTo = i;
                } else {
                    i++;
                }
            }
            if (out == null) {
                return text;
            }
            return out.append(text, copiedTo, text.length()).toString();
        }
    }

    private final Driver driver;
    private final Clock clock;
    private volatile Names names;

    NameDictionary(Driver driver) {
        this.driver = driver;
        this.clock = Clock.systemUTC();
    }

    /** How many residents and persons there are (from Neo4j's count store: no scan). */
    record Counts(long residents, long persons) {
    }

    Names current() {
        Names current = names;
        if (current == null || current.readAt().plus(MAX_AGE).isBefore(clock.instant())
                || !current.counts().equals(counts())) {
            current = read();
            names = current;
        }
        return current;
    }

    private Counts counts() {
        var record = driver.executableQuery("""
                CALL () { MATCH (r:Resident) RETURN count(r) AS residents }
                CALL () { MATCH (p:Person) RETURN count(p) AS persons }
                RETURN residents, persons""").withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().getFirst();
        return new Counts(record.get("residents").asLong(), record.get("persons").asLong());
    }

    @EventListener
    void networkChanged(NetworkChanged event) {
        if (event instanceof NetworkChanged.BulkLoaded || event instanceof NetworkChanged.ResidentCreated
                || event instanceof NetworkChanged.PersonCreated || event instanceof NetworkChanged.CoordinatorCreated) {
            names = null;
        }
    }

    private Names read() {
        Counts counts = counts(); // before the names: a write in between makes the next query read again
        Map<String, TreeSet<String>> residents = new HashMap<>();
        Map<String, String> persons = new HashMap<>();
        QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        driver.executableQuery("""
                MATCH (r:Resident) WHERE r.name IS NOT NULL AND r.name <> ''
                RETURN r.name AS name, coalesce(r.pseudonym, r.id) AS alias""").withConfig(read).execute().records()
                .forEach(r -> residents.computeIfAbsent(r.get("name").asString(), k -> new TreeSet<>())
                        .add(r.get("alias").asString()));
        driver.executableQuery("""
                MATCH (p:Person) WHERE p.name IS NOT NULL AND p.name <> '' AND NOT p:Coordinator
                RETURN p.name AS name, p.id AS alias""").withConfig(read).execute().records()
                .forEach(r -> persons.putIfAbsent(r.get("name").asString(), r.get("alias").asString("")));
        Map<String, String> replacements = new LinkedHashMap<>(persons);
        residents.forEach((name, aliases) -> replacements.put(name, String.join("/", aliases)));
        int min = replacements.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        int max = replacements.keySet().stream().mapToInt(String::length).max().orElse(0);
        return new Names(Map.copyOf(replacements), min, max, clock.instant(), counts);
    }
}
