/**
 * Security and privacy: users and roles, login (bcrypt, throttling and lock-out, session limits, optional OIDC),
 * the area scope every read of resident data passes through, how residents are named to each role (pseudonyms), and
 * the append-only, hash-chained audit trail of every view, change, export and denial.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and privacy")
package jp.tsunagari.security;
