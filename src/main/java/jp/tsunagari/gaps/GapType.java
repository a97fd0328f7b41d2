package jp.tsunagari.gaps;

/** Stable codes of the kinds of gap (public: API clients and analysts use them). */
public enum GapType {
    ISOLATED_RESIDENT, SINGLE_SUPPORTER, UNMET_NEED, NETWORK_NOT_FORMED, KEY_PERSON
}
