/**
 * One resident's record — where they live, their care level, what they need, who supports them and with what, and
 * their individual network — as each role may see it: area-scoped, pseudonymised where required, every view audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resident record")
package jp.tsunagari.resident;
