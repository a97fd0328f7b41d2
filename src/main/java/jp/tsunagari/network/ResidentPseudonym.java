package jp.tsunagari.network;

/**
 * A resident's stable pseudonym (住民-0017), shown instead of the name wherever a role may not identify residents
 * (council projections, analysts). Numbers come from the {@code (:Counter {name: 'residentPseudonym'})} node, in the
 * same transaction that creates the resident, so they are unique and never reused.
 */
public final class ResidentPseudonym {

    public static final String COUNTER = "residentPseudonym";

    private ResidentPseudonym() {
    }

    public static String format(long number) {
        return "住民-" + (number < 10_000 ? "%04d".formatted(number) : Long.toString(number));
    }
}
