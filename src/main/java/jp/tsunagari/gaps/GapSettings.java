package jp.tsunagari.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the gap detectors.
 *
 * @param networkCareLevel     from this care level on a resident needs an individual network (default CARE_1)
 * @param networkSupporters    this many active supporters call for an individual network (default 2)
 * @param networkNeeds         this many needs call for an individual network (default 2)
 * @param maxCandidates        at most this many candidates in a suggested action (default 5)
 * @param keyPersonDependents  a key person is the only help of at least this many residents (default 1)
 * @param shortageMinResidents            a shortage needs at least this many residents needing the service (5)
 * @param shortageResidentsPerProvider    …and no provider, or more than this many residents per provider (100)
 * @param duplicationMinProviders         a duplication needs at least this many providers inside the area (4)
 * @param duplicationResidentsPerProvider …with fewer than this many residents needing it per provider (10)
 * @param brokersPerArea       key persons named as brokers per daily-life area, by betweenness (3; 0: none)
 * @param brokerPivots         betweenness from this many sampled sources per area (1024; 0: exact, all sources)
 */
@ConfigurationProperties("tsunagari.gaps")
public record GapSettings(@DefaultValue("CARE_1") String networkCareLevel,
                          @DefaultValue("2") int networkSupporters,
                          @DefaultValue("2") int networkNeeds,
                          @DefaultValue("5") int maxCandidates,
                          @DefaultValue("1") int keyPersonDependents,
                          @DefaultValue("5") int shortageMinResidents,
                          @DefaultValue("100") double shortageResidentsPerProvider,
                          @DefaultValue("4") int duplicationMinProviders,
                          @DefaultValue("10") double duplicationResidentsPerProvider,
                          @DefaultValue("3") int brokersPerArea,
                          @DefaultValue("1024") int brokerPivots) {
}
