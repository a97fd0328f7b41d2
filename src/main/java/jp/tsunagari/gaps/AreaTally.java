package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts {@link AreaCounts} for every area from the projection in one pass over residents, organizations and
 * provider networks: each fact is added to its own area and every area above it (a few levels), supporters told
 * apart per area by a bit set over their numbers, organizations and networks by the last one counted. The same
 * numbers as the analysts' query {@code cypher/queries/area-statistics.cypher} (a test checks it on the demo city).
 */
final class AreaTally {

    private AreaTally() {
    }

    static List<AreaCounts> of(SupportNetwork network) {
        List<String> areas = network.levelOf().keySet().stream().sorted().toList();
        int count = areas.size();
        Map<String, Integer> number = HashMap.newHashMap(count);
        for (int i = 0; i < count; i++) {
            number.put(areas.get(i), i);
        }
        int[][] upwards = new int[count][]; // each area and the areas above it
        for (int i = 0; i < count; i++) {
            List<Integer> chain = new ArrayList<>();
            for (String a = areas.get(i); a != null && chain.size() <= count; a = network.parentOf().get(a)) {
                Integer n = number.get(a);
                if (n != null) {
                    chain.add(n);
                }
            }
            upwards[i] = chain.stream().mapToInt(Integer::intValue).toArray();
        }

        long[] residents = new long[count], unsupported = new long[count], networks = new long[count];
        BitSet[] supporters = new BitSet[count];
        Map<String, Integer> supporterNumber = new HashMap<>();
        for (SupportNetwork.Resident r : network.residents().values()) {
            Integer home = number.get(r.areaId());
            if (home == null) {
                continue;
            }
            int[] chain = upwards[home];
            List<SupportNetwork.Support> ties = network.supports().getOrDefault(r.id(), List.of());
            boolean supported = false;
            for (SupportNetwork.Support t : ties) {
                supported |= network.active(t.helperId());
                int s = supporterNumber.computeIfAbsent(t.helperId(), k -> supporterNumber.size());
                for (int a : chain) {
                    (supporters[a] == null ? supporters[a] = new BitSet() : supporters[a]).set(s);
                }
            }
            boolean individualNetwork = network.networkOfResident().containsKey(r.id());
            for (int a : chain) {
                residents[a]++;
                if (!supported) {
                    unsupported[a]++;
                }
                if (individualNetwork) {
                    networks[a]++;
                }
            }
        }

        long[] organizations = new long[count];
        int[] lastCounted = new int[count];
        int seq = 0;
        for (SupportNetwork.Provider p : network.providers().values()) {
            seq++;
            for (String served : p.serves()) {
                countOnce(number.get(served), upwards, lastCounted, seq, organizations);
            }
        }
        for (SupportNetwork.ProviderNetwork pn : network.providerNetworks().values()) {
            seq++;
            for (String covered : pn.covers()) {
                countOnce(number.get(covered), upwards, lastCounted, seq, networks);
            }
        }

        List<AreaCounts> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = areas.get(i);
            all.add(new AreaCounts(id, network.areaNames().get(id), network.levelOf().get(id),
                    network.parentOf().get(id), residents[i], unsupported[i],
                    supporters[i] == null ? 0 : supporters[i].cardinality(), organizations[i], networks[i]));
        }
        return List.copyOf(all);
    }

    /** Adds one to the area and those above it, unless already counted for the same fact ({@code seq}). */
    private static void countOnce(Integer area, int[][] upwards, int[] lastCounted, int seq, long[] counts) {
        if (area == null) {
            return;
        }
        for (int a : upwards[area]) {
            if (lastCounted[a] != seq) {
                lastCounted[a] = seq;
                counts[a]++;
            }
        }
    }
}
