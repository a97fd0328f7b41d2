package jp.tsunagari.gaps;

/** How urgently a coordinator should look at a finding. */
public enum Severity { HIGH, MEDIUM, LOW }
