package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Runs the detectors: every one on a whole network ({@link #analyse}), or only those a change concerns on the
 * findings kept so far ({@link #recomputeResidents}, {@link #recomputeAreaLevel}).
 */
@Component
class Analyser {

    private final GapSettings settings;
    private final Messages messages;

    private final List<ResidentGapDetector> residentDetectors = List.of(new IsolatedResidentDetector(),
            new SingleSupporterDetector(), new UnmetNeedDetector(), new NetworkNotFormedDetector(),
            new NoCoordinatorRouteDetector());
    private final KeyPersonDetector keyPersons = new KeyPersonDetector();
    private final List<GapDetector> areaDetectors = List.of(new OutsideSameKindNetworkDetector(),
            new NoCrossKindNetworkDetector(), new AssociationReferralDetectors.WithoutNpo(),
            new AssociationReferralDetectors.UnreferredNeed(), new AreaServiceDetectors.NoSameKindNetwork(),
            new AreaServiceDetectors.Shortage(), new AreaServiceDetectors.Duplication(),
            new CrossKindDetectors.MissingKind(), new CrossKindDetectors.SiloedCluster());

    Analyser(GapSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** Every detector on the whole network: residents in parallel, then key persons and the area level. */
    Analysis analyse(SupportNetwork network) {
        Map<String, List<Finding>> byResident = new ConcurrentHashMap<>();
        Map<String, List<String>> soleHelpOf = new ConcurrentHashMap<>();
        network.residents().values().parallelStream().forEach(r -> {
            SupportNetwork.ResidentHelp help = network.help(r);
            List<Finding> findings = residentFindings(network, help);
            if (!findings.isEmpty()) {
                byResident.put(r.id(), findings);
            }
            if (help.helpers().size() == 1) {
                soleHelpOf.computeIfAbsent(help.helpers().iterator().next(),
                        k -> Collections.synchronizedList(new ArrayList<>())).add(r.id());
            }
        });
        Map<String, Finding> byKeyPerson = new HashMap<>();
        keyPersons.detect(network, settings, messages, soleHelpOf).forEach(f -> byKeyPerson.put(f.subject(), f));
        return new Analysis(new HashMap<>(byResident), byKeyPerson, areaLevel(network));
    }

    /**
     * The residents' own findings, and the key-person findings of everyone who helped ({@code helpersBefore}) or
     * helps them now.
     */
    void recomputeResidents(SupportNetwork network, Analysis analysis, Collection<String> residentIds,
                            Set<String> helpersBefore) {
        Set<String> helpers = new LinkedHashSet<>(helpersBefore);
        for (String id : residentIds) {
            SupportNetwork.Resident r = network.residents().get(id);
            List<Finding> findings = r == null ? List.of() : residentFindings(network, network.help(r));
            if (findings.isEmpty()) {
                analysis.byResident().remove(id);
            } else {
                analysis.byResident().put(id, findings);
            }
            helpers.addAll(network.helpersOf(id));
        }
        for (String helper : helpers) {
            keyPersons.detect(network, settings, messages, helper).ifPresentOrElse(
                    f -> analysis.byKeyPerson().put(helper, f), () -> analysis.byKeyPerson().remove(helper));
        }
    }

    void recomputeAreaLevel(SupportNetwork network, Analysis analysis) {
        analysis.replaceAreaLevel(areaLevel(network));
    }

    private List<Finding> residentFindings(SupportNetwork network, SupportNetwork.ResidentHelp help) {
        List<Finding> findings = new ArrayList<>(2);
        residentDetectors.forEach(d -> d.detect(network, settings, messages, help, findings));
        return findings;
    }

    private List<Finding> areaLevel(SupportNetwork network) {
        return areaDetectors.parallelStream().flatMap(d -> d.detect(network, settings, messages).stream()).toList();
    }

    /** Each detector's time on this network, in milliseconds, one after the other (for the benchmark). */
    Map<String, Double> timeDetectors(SupportNetwork network) {
        Map<String, Double> times = new LinkedHashMap<>();
        List<GapDetector> every = new ArrayList<>(residentDetectors);
        every.add(keyPersons);
        every.addAll(areaDetectors);
        for (GapDetector detector : every) {
            long start = System.nanoTime();
            detector.detect(network, settings, messages);
            times.merge(detector.type().name(), (System.nanoTime() - start) / 1e6, Double::sum);
        }
        return times;
    }
}
