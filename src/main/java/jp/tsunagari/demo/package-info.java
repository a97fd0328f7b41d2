/**
 * The demo municipality: a deterministic, seeded generator of a believable fictional city (東雲市) built from the
 * real figures of DOMAIN.md, at Hagi size (default) or Takamatsu size (benchmarks), loaded in batches into an empty
 * database at start-up. It contains every kind of gap the seeds describe, at realistic rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo municipality")
package jp.tsunagari.demo;
