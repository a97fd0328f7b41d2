package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagari.network.NetworkChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the support network projected from Neo4j and the findings of every detector on it, current.
 * <p>
 * A committed change ({@link NetworkChanged}) is applied incrementally: the facts of the residents, helpers or provider
 * networks it touched are read again, and only their findings recomputed — the resident's own, the key-person
 * findings of everyone helping them, and the area-level findings when needs or providers changed. Changes to the
 * area tree, bulk loads, and writes made outside this instance (noticed by a fingerprint of counts checked every few
 * seconds) mark the projection stale; the next request reloads it whole. {@code POST /api/gaps/refresh} does so too.
 */
@Component
class GapEngine {

    private static final Logger log = LoggerFactory.getLogger(GapEngine.class);

    private final SupportNetworkLoader loader;
    private final GapSettings settings;
    private final Messages messages;
    private final OutsideChangeCheck outside;
    private final ApplicationEventPublisher events;

    private final List<ResidentGapDetector> residentDetectors = List.of(new IsolatedResidentDetector(),
            new SingleSupporterDetector(), new UnmetNeedDetector(), new NetworkNotFormedDetector(),
            new NoCoordinatorRouteDetector());
    private final KeyPersonDetector keyPersons = new KeyPersonDetector();
    private final List<GapDetector> areaDetectors = List.of(new OutsideSameKindNetworkDetector(),
            new NoCrossKindNetworkDetector(), new AssociationReferralDetectors.WithoutNpo(),
            new AssociationReferralDetectors.UnreferredNeed(), new AreaServiceDetectors.NoSameKindNetwork(),
            new AreaServiceDetectors.Shortage(), new AreaServiceDetectors.Duplication(),
            new CrossKindDetectors.MissingKind(), new CrossKindDetectors.SiloedCluster());

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private SupportNetwork network;
    private Analysis analysis;
    private volatile List<Finding> all;
    private volatile List<Long> loadedFingerprint = List.of();
    private volatile Map<String, List<Finding>> brokers = Map.of();
    private final java.util.concurrent.atomic.AtomicLong loads = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ExecutorService brokerWorker = java.util.concurrent.Executors
            .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("gap-brokers").factory());

    GapEngine(SupportNetworkLoader loader, GapSettings settings, Messages messages, OutsideChangeCheck outside,
              ApplicationEventPublisher events) {
        this.loader = loader;
        this.settings = settings;
        this.messages = messages;
        this.outside = outside;
        this.events = events;
    }

    /**
     * The findings, kept by what they are about so that a change replaces only its own: per resident (the resident-level
     * types), per key person, and the area- and provider-level ones together (a city has hundreds).
     */
    record Analysis(Map<String, List<Finding>> byResident, Map<String, Finding> byKeyPerson, List<Finding> areaLevel) {

        List<Finding> all() {
            List<Finding> all = new ArrayList<>(byResident.size() + byKeyPerson.size() + areaLevel.size());
            byResident.values().forEach(all::addAll);
            all.addAll(byKeyPerson.values());
            all.addAll(areaLevel);
            return all;
        }
    }

    // ------------------------------------------------------------------ reading

    /** All current findings (loading the network first if it is not current). */
    List<Finding> findings() {
        ensureCurrent();
        List<Finding> known = all;
        if (known == null) {
            lock.readLock().lock();
            try {
                List<Finding> every = analysis.all();
                brokers.values().forEach(every::addAll);
                known = List.copyOf(every);
                all = known;
            } finally {
                lock.readLock().unlock();
            }
        }
        return known;
    }

    /** Reads the current network under the engine's read lock (the network must not escape the call). */
    <T> T read(Function<SupportNetwork, T> question) {
        ensureCurrent();
        lock.readLock().lock();
        try {
            return question.apply(network);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * What would be new if these stopped: the findings on the network without them that are not findings now
     * (newly isolated residents, newly unmet needs, new key persons…). Nothing is saved.
     */
    WhatIf whatIf(Function<SupportNetwork, Set<String>> stopping) {
        Set<String> before = findings().stream().map(GapEngine::key).collect(Collectors.toSet());
        return read(now -> {
            Set<String> stopped = stopping.apply(now);
            List<Finding> after = analyse(now.without(stopped)).all();
            return new WhatIf(stopped.stream().sorted().toList(),
                    after.stream().filter(f -> !before.contains(key(f))).toList());
        });
    }

    /**
     * As {@link #whatIf(Function)}, stopping these nodes, and — when given — every provider offering that service kind
     * and/or serving within that area.
     */
    WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId) {
        boolean byKind = serviceKind != null && !serviceKind.isBlank();
        boolean byArea = areaId != null && !areaId.isBlank();
        return whatIf(network -> {
            Set<String> stopped = new HashSet<>(nodeIds);
            if (byKind || byArea) {
                network.providers().values().stream()
                        .filter(p -> !byKind || p.offers().contains(serviceKind))
                        .filter(p -> !byArea || p.serves().stream().anyMatch(a -> network.within(a, areaId)))
                        .forEach(p -> stopped.add(p.id()));
            }
            return stopped;
        });
    }

    /** The stopped nodes and the findings they would cause. */
    record WhatIf(List<String> stopped, List<Finding> newFindings) {
    }

    private static String key(Finding f) {
        return f.type() + "|" + f.subject() + "|" + (f.type() == GapType.UNMET_NEED ? f.related() : "");
    }

    // ------------------------------------------------------------------ keeping current

    /** Marks the projection stale when the database changed behind this instance's back. */
    @Scheduled(fixedDelayString = "${tsunagari.gaps.change-check-interval:5s}",
            initialDelayString = "${tsunagari.gaps.change-check-interval:5s}")
    void checkForOutsideChanges() {
        if (!stale.get() && !outside.fingerprint().equals(loadedFingerprint)) {
            stale.set(true);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NetworkChanged change) {
        Set<String> ids = new LinkedHashSet<>(change.ids());
        Set<String> areas = new LinkedHashSet<>();
        if (!stale.get()) {
            lock.writeLock().lock();
            try {
                if (network != null && !stale.get()) {
                    touched(change.ids(), ids, areas); // before: e.g. the resident of a network now dissolved
                    apply(change);
                    if (!stale.get()) {
                        touched(change.ids(), ids, areas);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not apply {} {} incrementally; the gap projection will be reloaded", change.change(),
                        change.element(), e);
                stale.set(true);
            } finally {
                lock.writeLock().unlock();
            }
        }
        // When stale, the next request reloads everything: any view may show other findings then.
        events.publishEvent(new GapFindingsChanged(ids, areas, stale.get(), System.nanoTime()));
    }

    /**
     * Adds the residents of the individual networks among {@code changed}, and the daily-life areas whose findings a
     * change of these nodes may touch: a resident's, those a provider serves or a provider network covers, those of
     * the residents a helper is tied to (the write lock held).
     */
    private void touched(List<String> changed, Set<String> ids, Set<String> areas) {
        for (String id : changed) {
            String resident = network.residentOfNetwork(id);
            if (resident != null) {
                ids.add(resident);
            }
        }
        for (String id : List.copyOf(ids)) {
            SupportNetwork.Resident r = network.residents().get(id);
            if (r != null) {
                areas.add(r.dailyLifeArea());
            }
            SupportNetwork.Provider provider = network.providers().get(id);
            if (provider != null) {
                provider.serves().forEach(a -> areas.addAll(dailyLifeAreasOf(a)));
            }
            SupportNetwork.ProviderNetwork providerNetwork = network.providerNetworks().get(id);
            if (providerNetwork != null) {
                providerNetwork.covers().forEach(a -> areas.addAll(dailyLifeAreasOf(a)));
            }
            if (network.helpers().containsKey(id)) {
                network.residentsTiedTo(id).forEach(t -> {
                    SupportNetwork.Resident tied = network.residents().get(t);
                    if (tied != null) {
                        areas.add(tied.dailyLifeArea());
                    }
                });
            }
        }
        areas.remove(null);
    }

    /** The daily-life area an area lies in, or every one inside it (a municipality). */
    private List<String> dailyLifeAreasOf(String areaId) {
        String own = network.dailyLifeAreaOf(areaId);
        if (network.dailyLifeAreas().contains(own)) {
            return List.of(own);
        }
        return network.dailyLifeAreas().stream().filter(d -> network.within(d, areaId)).toList();
    }

    /** Reloads the network from the database and recomputes every finding. */
    int refresh() {
        lock.writeLock().lock();
        try {
            stale.set(false);
            reload();
            return analysis.byResident().values().stream().mapToInt(List::size).sum()
                    + analysis.byKeyPerson().size() + analysis.areaLevel().size();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureCurrent() {
        if (stale.get()) {
            lock.writeLock().lock();
            try {
                if (stale.getAndSet(false)) {
                    reload();
                }
            } catch (RuntimeException e) {
                stale.set(true);
                throw e;
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private void reload() {
        long start = System.nanoTime();
        loadedFingerprint = outside.fingerprint();
        network = loader.load();
        long loaded = System.nanoTime();
        analysis = analyse(network);
        all = null;
        long generation = loads.incrementAndGet();
        brokerWorker.submit(() -> computeBrokers(generation));
        log.info("Gap analysis: {} residents loaded in {} ms, analysed in {} ms", network.residents().size(),
                (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
    }

    /**
     * Applies one committed change to the projection and its findings (the write lock held). What the change touched
     * is read again from the database, so the projection agrees with it whatever the event says.
     */
    void apply(NetworkChanged change) {
        List<String> ids = change.ids();
        switch (change.element()) {
            case "Resident", "NEEDS" -> residentsChanged(Set.of(ids.getFirst()));
            case "SUPPORTS" -> residentsChanged(Set.of(ids.get(1)));
            case "IndividualNetwork" -> {
                // A dissolved network is no longer in the database: its resident is known from the projection.
                String resident = network.residentOfNetwork(ids.getFirst());
                residentsChanged(nonNull(resident != null ? resident
                        : loader.residentOfIndividualNetwork(ids.getFirst())));
            }
            case "MEMBER_OF" -> {
                String resident = network.residentOfNetwork(ids.get(1));
                if (resident == null) {
                    resident = loader.residentOfIndividualNetwork(ids.get(1));
                }
                if (resident != null) {
                    residentsChanged(Set.of(resident));
                } else {
                    providerNetworksChanged(); // a provider network's membership
                }
            }
            case "Organization", "Person" -> helperChanged(ids.getFirst());
            case "ProviderNetwork", "REFERS_TO", "REPORTS_NEED" -> providerNetworksChanged();
            case "Council", "SITS_ON" -> {
                // councils are not part of gap analysis
            }
            default -> stale.set(true); // the area tree, coordinators, bulk loads: reload whole (rare)
        }
        all = null;
    }

    private static Set<String> nonNull(String id) {
        return id == null ? Set.of() : Set.of(id);
    }

    private void residentsChanged(Set<String> residentIds) {
        Map<String, SupportNetworkLoader.ResidentFacts> facts = loader.residents(residentIds, network);
        Set<String> unknownHelpers = new HashSet<>();
        facts.values().forEach(f -> {
            f.supports().forEach(s -> unknownHelpers.add(s.helperId()));
            unknownHelpers.addAll(f.members());
        });
        unknownHelpers.removeIf(network.helpers()::containsKey);
        if (!unknownHelpers.isEmpty()) {
            SupportNetworkLoader.HelperFacts helpers = loader.helpers(unknownHelpers);
            helpers.helpers().forEach((id, h) -> network.putHelper(id, h, helpers.providers().get(id)));
        }
        Set<String> helpersBefore = new LinkedHashSet<>();
        boolean needsChanged = false;
        for (String id : residentIds) {
            SupportNetwork.Resident before = network.residents().get(id);
            helpersBefore.addAll(network.helpersOf(id));
            SupportNetworkLoader.ResidentFacts f = facts.get(id);
            if (f == null) {
                network.putResident(id, null, List.of(), null, Set.of());
            } else {
                network.putResident(id, f.resident(), f.supports(), f.network(), f.members());
            }
            SupportNetwork.Resident after = network.residents().get(id);
            needsChanged |= !Objects.equals(before == null ? null : before.needs(), after == null ? null : after.needs())
                    || !Objects.equals(before == null ? null : before.areaId(), after == null ? null : after.areaId());
        }
        recomputeResidents(residentIds, helpersBefore);
        if (needsChanged) {
            recomputeAreaLevel();
        }
    }

    private void helperChanged(String helperId) {
        Set<String> residents = new LinkedHashSet<>(network.residentsTiedTo(helperId));
        Set<String> helpersBefore = new LinkedHashSet<>(Set.of(helperId));
        residents.forEach(r -> helpersBefore.addAll(network.helpersOf(r)));
        SupportNetwork.Provider before = network.providers().get(helperId);
        SupportNetworkLoader.HelperFacts facts = loader.helpers(Set.of(helperId));
        network.putHelper(helperId, facts.helpers().get(helperId), facts.providers().get(helperId));
        SupportNetwork.Provider after = network.providers().get(helperId);
        if (!Objects.equals(before, after)) {
            // A provider is suggested to residents of the areas it serves: their findings name candidates again.
            Set<String> served = new HashSet<>();
            Set<String> offered = new HashSet<>();
            boolean centre = false;
            for (SupportNetwork.Provider p : java.util.Arrays.asList(before, after)) {
                if (p != null) {
                    served.addAll(p.serves());
                    offered.addAll(p.offers());
                    centre |= "COMMUNITY_SUPPORT_CENTER".equals(p.type());
                }
            }
            boolean suggestedAsCentre = centre;
            analysis.byResident().forEach((id, findings) -> {
                if (findings.stream().anyMatch(f -> mayName(f, offered, suggestedAsCentre))) {
                    String area = network.residents().get(id).areaId();
                    if (served.stream().anyMatch(s -> network.within(area, s) || network.within(s, area))) {
                        residents.add(id);
                    }
                }
            });
            recomputeAreaLevel();
        }
        recomputeResidents(residents, helpersBefore);
    }

    /** Could this finding's suggested action name a provider offering these services (or a centre)? */
    private static boolean mayName(Finding f, Set<String> offered, boolean centre) {
        return switch (f.type()) {
            case UNMET_NEED -> offered.containsAll(f.related());
            case ISOLATED_RESIDENT, SINGLE_SUPPORTER -> offered.contains("WATCHING");
            case NO_COORDINATOR_ROUTE -> centre;
            default -> false;
        };
    }

    private void providerNetworksChanged() {
        SupportNetworkLoader.ProviderFacts facts = loader.providerFacts();
        network.putProviderFacts(facts.networks(), facts.sameKind(), facts.associations());
        recomputeAreaLevel();
        // Same-kind members come first among candidates: every suggestion may change order.
        recomputeResidents(new ArrayList<>(analysis.byResident().keySet()), Set.of());
    }

    /** The residents' own findings, and the key-person findings of everyone who helped or helps them. */
    private void recomputeResidents(Collection<String> residentIds, Set<String> helpersBefore) {
        Set<String> helpers = new LinkedHashSet<>(helpersBefore);
        for (String id : residentIds) {
            SupportNetwork.Resident r = network.residents().get(id);
            if (r == null) {
                analysis.byResident().remove(id);
                continue;
            }
            List<Finding> findings = new ArrayList<>(2);
            SupportNetwork.ResidentHelp help = network.help(r);
            residentDetectors.forEach(d -> d.detect(network, settings, messages, help, findings));
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

    private void recomputeAreaLevel() {
        List<Finding> areaLevel = new ArrayList<>();
        areaDetectors.forEach(d -> areaLevel.addAll(d.detect(network, settings, messages)));
        analysis = new Analysis(analysis.byResident(), analysis.byKeyPerson(), areaLevel);
    }

    /** Brokers are recomputed after every full load, and this often besides (a change does not move them much). */
    @Scheduled(fixedDelayString = "${tsunagari.gaps.broker-interval:1h}",
            initialDelayString = "${tsunagari.gaps.broker-interval:1h}")
    void refreshBrokers() {
        if (!stale.get() && network != null) {
            long generation = loads.get();
            brokerWorker.submit(() -> computeBrokers(generation));
        }
    }

    /**
     * The top brokers of every daily-life area, by betweenness on a copy of the area's graph taken under the read lock
     * (the computation itself runs outside it: seconds per area). Abandoned when a newer load started.
     */
    private void computeBrokers(long generation) {
        long start = System.nanoTime();
        Map<String, List<Finding>> found = new java.util.TreeMap<>();
        List<String> areas = read(SupportNetwork::dailyLifeAreas);
        for (String area : areas) {
            if (loads.get() != generation || settings.brokersPerArea() <= 0) {
                return;
            }
            var areaGraph = read(n -> Brokers.areaGraph(n, area));
            Map<String, Double> scores = Brokers.betweenness(areaGraph, settings.brokerPivots());
            found.put(area, read(n -> Brokers.top(n, area, scores, settings.brokersPerArea(), messages)));
        }
        if (loads.get() == generation) {
            brokers = found;
            all = null;
            log.info("Gap analysis: brokers of {} daily-life areas found in {} ms", areas.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Waits until background work queued so far (brokers) is done — for tests and the benchmark. */
    void awaitBackgroundWork() throws Exception {
        brokerWorker.submit(() -> { }).get();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        brokerWorker.shutdownNow();
    }

    // ------------------------------------------------------------------ whole analysis

    /** Every detector on the whole network: residents in parallel, then key persons and the area level. */
    Analysis analyse(SupportNetwork network) {
        Map<String, List<Finding>> byResident = new ConcurrentHashMap<>();
        Map<String, List<String>> soleHelpOf = new ConcurrentHashMap<>();
        network.residents().values().parallelStream().forEach(r -> {
            List<Finding> findings = new ArrayList<>(2);
            SupportNetwork.ResidentHelp help = network.help(r);
            residentDetectors.forEach(d -> d.detect(network, settings, messages, help, findings));
            if (!findings.isEmpty()) {
                byResident.put(r.id(), findings);
            }
            if (help.helpers().size() == 1) {
                soleHelpOf.computeIfAbsent(help.helpers().iterator().next(),
                        k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(r.id());
            }
        });
        Map<String, Finding> byKeyPerson = new HashMap<>();
        keyPersons.detect(network, settings, messages, soleHelpOf).forEach(f -> byKeyPerson.put(f.subject(), f));
        List<Finding> areaLevel = areaDetectors.parallelStream()
                .flatMap(d -> d.detect(network, settings, messages).stream()).toList();
        return new Analysis(new HashMap<>(byResident), byKeyPerson, new ArrayList<>(areaLevel));
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

    /** The current projection, for tests and the benchmark (not to be changed). */
    SupportNetwork current() {
        ensureCurrent();
        return network;
    }
}
