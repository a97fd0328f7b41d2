package jp.tsunagari.console;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the analyst console ({@code tsunagari.console.*}).
 *
 * @param timeout              a console query's transaction is terminated by the database after this long
 * @param maxRows              rows returned at most; the result says {@code truncated} when there were more
 * @param maxConcurrentPerUser console queries one user may have running at once
 * @param procedures           the procedures a console query may call (all others are refused)
 * @param historySize          queries kept in each user's history
 */
@ConfigurationProperties("tsunagari.console")
public record ConsoleProperties(@DefaultValue("10s") Duration timeout,
                                @DefaultValue("10000") int maxRows,
                                @DefaultValue("2") int maxConcurrentPerUser,
                                @DefaultValue({"db.labels", "db.relationshipTypes", "db.propertyKeys",
                                        "db.schema.visualization", "db.schema.nodeTypeProperties",
                                        "db.schema.relTypeProperties"}) List<String> procedures,
                                @DefaultValue("100") int historySize) {

    public ConsoleProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tsunagari.console.timeout must be positive (was " + timeout + ")");
        }
        if (maxRows < 1 || maxConcurrentPerUser < 1 || historySize < 0) {
            throw new IllegalArgumentException("tsunagari.console.max-rows and max-concurrent-per-user must be at least 1");
        }
        procedures = List.copyOf(procedures);
    }

    Limits limits() {
        return new Limits(timeout, maxRows);
    }

    /** The limits of one run (tests use smaller ones). */
    record Limits(Duration timeout, int maxRows) {
    }
}
