package jp.tsunagari.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jp.tsunagari.network.ResidentPseudonym;
import net.datafaker.Faker;

/**
 * Builds the fictional city of 東雲市 (Shinonome) from a seed: the same seed and scale give the same city.
 * <p>
 * Rates follow what the seeds describe: most residents known to coordinators have several supporters, a few
 * have none (孤立) or depend on one; salons suspended as in COVID (seed 000) leave some with only an inactive
 * supporter; individual networks exist for many but not all who need one (002 §4-3); one area lacks home-care
 * providers, another has too many day-care providers (002 §4-4 ①); one area has no cross-kind network and another
 * has providers with no same-kind network; some associations refer to no NPO (002 §4-5).
 */
final class DemoCityGenerator {

    static final String MUNICIPALITY_ID = "area-shinonome";
    private static final LocalDate BASE = LocalDate.of(2026, 4, 1);

    private static final String[] AREA_NAMES = {"中央", "東部", "西部", "南部", "北部", "川上", "須佐", "旭", "福栄",
            "港", "山手"};
    private static final String[] NEIGHBORHOOD_NAMES = {"桜ヶ丘", "若葉台", "緑町", "旭町", "栄町", "本町", "新町",
            "港町", "川端", "松原", "竹の内", "梅ヶ丘", "青葉", "朝日", "日の出", "宮前", "寺町", "浜町", "泉町", "清水",
            "柳町", "山手", "高台", "中島", "北浜", "南浜", "東町", "西町", "元町", "大手町", "城山", "花園", "春日",
            "富士見", "白山", "八幡", "稲荷", "天神", "若宮", "神田", "石橋", "原田", "岡本", "野田", "森下", "池田",
            "小川", "大橋", "平野", "橘"};

    /** Needs met by professionals and organizations. */
    private static final Set<String> FORMAL = Set.of("HOME_CARE", "DAY_CARE", "HOME_NURSING", "MEDICAL_CARE",
            "MEDICATION", "CONSULTATION", "DEMENTIA_SUPPORT", "CARER_SUPPORT", "MONEY_MANAGEMENT", "MEALS", "TRANSPORT",
            "HOUSEWORK");
    private static final String[] LIGHT_NEEDS = {"WATCHING", "SALON", "COMPANIONSHIP", "YARD_WORK"};
    private static final String[] DAILY_NEEDS = {"SHOPPING", "GARBAGE", "HOUSEWORK", "WATCHING", "SALON", "TRANSPORT",
            "MEALS", "COMPANIONSHIP", "YARD_WORK"};
    private static final String[] CARE_NEEDS = {"HOME_CARE", "DAY_CARE", "HOME_NURSING", "MEDICATION", "MEDICAL_CARE",
            "DEMENTIA_SUPPORT", "MONEY_MANAGEMENT", "CARER_SUPPORT", "SHOPPING", "MEALS", "TRANSPORT", "WATCHING"};
    private static final String[] NPO_SERVICES = {"SHOPPING", "TRANSPORT", "MEALS", "HOUSEWORK", "GARBAGE",
            "COMPANIONSHIP", "DEMENTIA_SUPPORT", "YARD_WORK"};
    private static final String[] REPORTED_NEEDS = {"SHOPPING", "TRANSPORT", "GARBAGE", "YARD_WORK", "COMPANIONSHIP",
            "MEALS", "WATCHING", "DEMENTIA_SUPPORT"};

    private final long seed;
    private final Random random;
    private final Faker faker;
    private final DemoScale scale;
    private final DemoCity city = DemoCity.empty("東雲市");
    private int sequence;

    // Lookup state while generating.
    private final List<Org> orgs = new ArrayList<>();
    private final Map<String, List<String>> welfareCommissioners = new HashMap<>();
    private final Map<String, List<String>> neighbors = new HashMap<>();
    private final Map<String, List<String>> volunteers = new HashMap<>();
    private final Map<String, List<String>> careManagers = new HashMap<>();
    private final Map<String, String> layer3ByNeighborhood = new HashMap<>();
    private final Map<String, String> layer2ByArea = new HashMap<>();
    private final Map<String, String> supportCenterByArea = new HashMap<>();
    private final Set<String> routeHolders = new LinkedHashSet<>();
    private final Map<String, List<Org>> servingCache = new HashMap<>();
    private String layer1;

    private record Org(String id, String type, boolean active, Set<String> offers, String areaId, String servesId) {
    }

    private record Support(String supporterId, String label, String service) {
    }

    DemoCityGenerator(long seed, DemoScale scale) {
        this.seed = seed;
        this.random = new Random(seed);
        this.faker = new Faker(Locale.JAPANESE, new Random(seed ^ 0x5DEECE66DL));
        this.scale = scale;
    }

    static DemoCity generate(long seed, DemoScale scale) {
        return new DemoCityGenerator(seed, scale).build();
    }

    private DemoCity build() {
        city.add("areas", row("id", MUNICIPALITY_ID, "name", "東雲市", "level", "MUNICIPALITY", "parentId", null));
        List<String> areaIds = new ArrayList<>();
        Map<String, List<String>> neighborhoods = new LinkedHashMap<>();
        Map<String, Integer> residentsPerNeighborhood = new LinkedHashMap<>();
        int nbIndex = 0;
        for (int a = 0; a < scale.dailyLifeAreas; a++) {
            String areaId = "area-d%02d".formatted(a + 1);
            areaIds.add(areaId);
            city.add("areas", row("id", areaId, "name", AREA_NAMES[a] + "圏域", "level", "DAILY_LIFE_AREA",
                    "parentId", MUNICIPALITY_ID));
            for (int n = 0; n < scale.neighborhoodsPerArea; n++) {
                String nbId = areaId + "-n%02d".formatted(n + 1);
                neighborhoods.computeIfAbsent(areaId, k -> new ArrayList<>()).add(nbId);
                city.add("areas", row("id", nbId, "name", NEIGHBORHOOD_NAMES[nbIndex++ % NEIGHBORHOOD_NAMES.length] + "地区",
                        "level", "NEIGHBORHOOD", "parentId", areaId));
            }
        }
        // Residents spread unevenly over neighbourhoods, as real districts are.
        double[] weights = new double[nbIndex];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.6 + random.nextDouble() * 0.8;
            total += weights[i];
        }
        int assigned = 0;
        int i = 0;
        for (List<String> nbs : neighborhoods.values()) {
            for (String nb : nbs) {
                int count = i == weights.length - 1 ? scale.residents - assigned
                        : (int) Math.round(scale.residents * weights[i] / total);
                residentsPerNeighborhood.put(nb, count);
                assigned += count;
                i++;
            }
        }

        cityWideOrganizations();
        for (int a = 0; a < areaIds.size(); a++) {
            String areaId = areaIds.get(a);
            int areaResidents = neighborhoods.get(areaId).stream().mapToInt(residentsPerNeighborhood::get).sum();
            areaOrganizations(a, areaId, areaResidents);
            for (String nb : neighborhoods.get(areaId)) {
                neighborhoodOrganizationsAndPeople(areaId, nb, residentsPerNeighborhood.get(nb));
            }
        }
        for (String areaId : areaIds) {
            for (String nb : neighborhoods.get(areaId)) {
                for (int r = 0; r < residentsPerNeighborhood.get(nb); r++) {
                    resident(areaId, nb);
                }
            }
        }
        city.add("counters", row("name", ResidentPseudonym.COUNTER, "value", (long) sequence));
        providerNetworks(areaIds);
        associations(neighborhoods);
        councils(areaIds, neighborhoods);
        DemoCityGeography.addTo(city, seed); // the 支え合いマップ's boundaries and organizations' coordinates (issue 17)
        return city;
    }

    // ---------------------------------------------------------------- organizations and people

    private void cityWideOrganizations() {
        String swc = org("SOCIAL_WELFARE_COUNCIL", "東雲市社会福祉協議会", true,
                Set.of("CONSULTATION", "MONEY_MANAGEMENT", "TRANSPORT"), MUNICIPALITY_ID, MUNICIPALITY_ID);
        org("SILVER_CENTER", "東雲市シルバー人材センター", true, Set.of("YARD_WORK", "HOUSEWORK", "GARBAGE"),
                MUNICIPALITY_ID, MUNICIPALITY_ID);
        org("MUNICIPAL_OFFICE", "東雲市役所 高齢者支援課", true, Set.of("CONSULTATION"), MUNICIPALITY_ID, MUNICIPALITY_ID);
        layer1 = coordinator(1, MUNICIPALITY_ID, swc);
        coordinator(1, MUNICIPALITY_ID, swc);
    }

    private void areaOrganizations(int index, String areaId, int residents) {
        double unit = Math.max(1.0, residents / 500.0);
        String areaName = AREA_NAMES[index];
        String center = org("COMMUNITY_SUPPORT_CENTER", areaName + "地域包括支援センター", true,
                Set.of("CONSULTATION", "DEMENTIA_SUPPORT", "CARER_SUPPORT"), areaId, areaId);
        supportCenterByArea.put(areaId, center);
        routeHolders.add(center);
        for (int s = 0; s < 2; s++) {
            String staff = person(s == 0 ? "CARE_MANAGER" : "STAFF", center);
            routeHolders.add(staff);
            careManagers.computeIfAbsent(areaId, k -> new ArrayList<>()).add(staff);
        }
        layer2ByArea.put(areaId, coordinator(2, areaId, center));

        // Area 2 (index 1) is short of home care; area 4 (index 3) has more day care than its residents need.
        int homeCare = index == 1 ? 0 : (int) Math.round(2 * unit + random.nextInt(2));
        for (int k = 0; k < homeCare; k++) {
            org("CARE_PROVIDER", "訪問介護事業所 " + faker.name().lastName() + (k + 1), true,
                    pick(Set.of("HOME_CARE", "HOUSEWORK"), "MEALS", 0.3), areaId, areaId);
        }
        int dayCare = index == 3 ? (int) Math.round(6 * unit) + 3 : (int) Math.round(1.2 * unit) + 1;
        for (int k = 0; k < dayCare; k++) {
            org("CARE_PROVIDER", "デイサービス " + faker.name().lastName() + "の家", true,
                    pick(Set.of("DAY_CARE"), "CARER_SUPPORT", 0.4), areaId, areaId);
        }
        int offices = (int) Math.round(1.5 * unit);
        for (int k = 0; k < Math.max(1, offices); k++) {
            String office = org("CARE_PROVIDER", "居宅介護支援事業所 " + faker.name().lastName(), true,
                    Set.of("CONSULTATION"), areaId, areaId);
            for (int m = 0; m < 3; m++) {
                careManagers.get(areaId).add(person("CARE_MANAGER", office));
            }
        }
        int clinics = Math.max(1, (int) Math.round(1.5 * unit));
        for (int k = 0; k < clinics; k++) {
            String clinic = org("MEDICAL", faker.name().lastName() + "内科クリニック", true,
                    pick(Set.of("MEDICAL_CARE"), "HOME_NURSING", 0.4), areaId, areaId);
            person("DOCTOR", clinic);
        }
        for (int k = 0; k < Math.max(1, (int) Math.round(0.6 * unit)); k++) {
            org("MEDICAL", "訪問看護ステーション " + AREA_NAMES[index] + (k + 1), true, Set.of("HOME_NURSING", "MEDICATION"),
                    areaId, areaId);
        }
        for (int k = 0; k < Math.max(1, (int) Math.round(unit)); k++) {
            org("PHARMACY", faker.name().lastName() + "薬局", true, Set.of("MEDICATION"), areaId, areaId);
        }
        int npos = (int) Math.round(1.5 * unit) + 1;
        for (int k = 0; k < npos; k++) {
            Set<String> offers = new LinkedHashSet<>();
            while (offers.size() < 2 + random.nextInt(2)) {
                offers.add(NPO_SERVICES[random.nextInt(NPO_SERVICES.length)]);
            }
            if (index == 1) {
                offers.remove("TRANSPORT"); // nobody in area 2's cross-kind network offers transport
            }
            if (offers.isEmpty()) {
                offers.add("COMPANIONSHIP");
            }
            org("NPO", "NPO法人 " + areaName + "ささえあい" + (k + 1), true, offers, areaId, areaId);
        }
        org("COOPERATIVE", "生活協同組合 " + areaName + "店", true, Set.of("SHOPPING", "MEALS"), areaId, areaId);
        for (int k = 0; k < Math.max(1, (int) Math.round(0.5 * unit)); k++) {
            org("BUSINESS", areaName + (k % 2 == 0 ? "タクシー" : "スーパー") + (k + 1), true,
                    Set.of(k % 2 == 0 ? "TRANSPORT" : "SHOPPING"), areaId, areaId);
        }
        if (index == 3) {
            // A shopping-delivery circle of local shops that talks to nobody else in the area (SILOED_CLUSTER).
            for (int k = 0; k < 2; k++) {
                org("BUSINESS", areaName + "商店会 配達" + (k + 1), true, Set.of("SHOPPING"), areaId, areaId);
            }
        }
    }

    private void neighborhoodOrganizationsAndPeople(String areaId, String nb, int residents) {
        org("NEIGHBORHOOD_ASSOCIATION", nbName(nb) + "自治会", true, Set.of("WATCHING", "GARBAGE"), areaId, nb);
        int groups = Math.max(1, residents / 300);
        for (int k = 0; k < groups; k++) {
            String group = org("VOLUNTEER_GROUP", nbName(nb) + "助け合いの会" + (groups > 1 ? k + 1 : ""), true,
                    pick(Set.of("WATCHING", "COMPANIONSHIP"), "GARBAGE", 0.6), areaId, nb);
            for (int v = 0; v < Math.max(3, residents / (10 * groups)); v++) {
                volunteers.computeIfAbsent(nb, x -> new ArrayList<>()).add(person("VOLUNTEER", group));
            }
            if (k == 0 && random.nextDouble() < 0.6) {
                String l3 = coordinator(3, nb, group);
                layer3ByNeighborhood.put(nb, l3);
                routeHolders.add(l3);
            }
        }
        // Salons: about one in four suspended, as during COVID (seed 000 「活動の中止による孤立の危機」).
        for (int k = 0; k < Math.max(1, residents / 250); k++) {
            boolean active = random.nextDouble() >= 0.25;
            org(random.nextBoolean() ? "SENIOR_CLUB" : "VOLUNTEER_GROUP",
                    nbName(nb) + (active ? "ふれあいサロン" : "いきいきサロン") + (k + 1), active,
                    Set.of("SALON", "COMPANIONSHIP"), areaId, nb);
        }
        for (int k = 0; k < Math.max(1, residents / 70); k++) {
            welfareCommissioners.computeIfAbsent(nb, x -> new ArrayList<>()).add(person("WELFARE_COMMISSIONER", null));
        }
        for (int k = 0; k < Math.max(2, residents / 4); k++) {
            neighbors.computeIfAbsent(nb, x -> new ArrayList<>()).add(person("NEIGHBOR", null));
        }
    }

    private String nbName(String nbId) {
        return city.rows("areas").stream().filter(r -> nbId.equals(r.get("id"))).findFirst()
                .map(r -> ((String) r.get("name")).replace("地区", "")).orElse(nbId);
    }

    // ---------------------------------------------------------------- residents

    private void resident(String areaId, String nb) {
        String id = "res-%06d".formatted(++sequence);
        String careLevel = careLevel();
        boolean care = careLevel.startsWith("CARE_");
        Set<String> needs = needs(careLevel);
        double profile = random.nextDouble();
        city.add("residents", row("id", id, "name", faker.name().lastName() + " " + faker.name().firstName(),
                "pseudonym", ResidentPseudonym.format(sequence),
                "areaId", nb, "livesAlone", random.nextDouble() < 0.35, "careLevel", careLevel,
                "consentToShare", random.nextDouble() < 0.4, "needs", List.copyOf(needs)));

        List<Support> supports = new ArrayList<>();
        if (profile < 0.04) {
            return; // isolated: known to the coordinator, helped by nobody (孤立)
        }
        if (profile < 0.07) {
            // Their only help was a salon that has stopped.
            orgsServing(areaId, nb, "SALON").stream().filter(o -> !o.active()).findFirst()
                    .ifPresent(o -> supports.add(new Support(o.id(), "Organization", "SALON")));
            writeSupports(id, supports);
            return;
        }
        List<String> family = new ArrayList<>();
        if (random.nextDouble() < 0.75) {
            family.add(person("FAMILY", null));
            if (random.nextDouble() < 0.15) {
                family.add(person("FAMILY", null));
            }
        }
        if (profile < 0.18) {
            // One supporter only: often the welfare commissioner (民生委員), the classic key person.
            String only;
            double who = random.nextDouble();
            if (who < 0.4) {
                only = any(welfareCommissioners.get(nb));
            } else if (who < 0.7 && !family.isEmpty()) {
                only = family.get(0);
            } else {
                only = any(neighbors.get(nb));
            }
            supports.add(new Support(only, "Person", "WATCHING"));
            if (random.nextBoolean()) {
                supports.add(new Support(only, "Person", random.nextBoolean() ? "SHOPPING" : "COMPANIONSHIP"));
            }
            writeSupports(id, supports);
            return;
        }
        for (String f : family) {
            supports.add(new Support(f, "Person", random.nextBoolean() ? "WATCHING" : "SHOPPING"));
        }
        for (String need : needs) {
            if (random.nextDouble() >= 0.82) {
                continue; // an unmet need
            }
            if (FORMAL.contains(need)) {
                List<Org> providers = orgsServing(areaId, nb, need).stream().filter(Org::active).toList();
                if (!providers.isEmpty()) {
                    supports.add(new Support(providers.get(random.nextInt(providers.size())).id(), "Organization", need));
                }
            } else if ("SALON".equals(need) || "YARD_WORK".equals(need)) {
                List<Org> providers = orgsServing(areaId, nb, need);
                if (!providers.isEmpty()) {
                    supports.add(new Support(providers.get(random.nextInt(providers.size())).id(), "Organization", need));
                }
            } else {
                List<String> pool = random.nextBoolean() ? neighbors.get(nb) : volunteers.get(nb);
                supports.add(new Support(!family.isEmpty() && random.nextDouble() < 0.3 ? family.get(0) : any(pool),
                        "Person", need));
            }
        }
        String careManager = null;
        if (care && random.nextDouble() < 0.9) {
            careManager = any(careManagers.get(areaId));
            supports.add(new Support(careManager, "Person", "CONSULTATION"));
        }
        if (random.nextDouble() < 0.25) {
            supports.add(new Support(any(welfareCommissioners.get(nb)), "Person", "WATCHING"));
        }
        if (supports.stream().map(Support::supporterId).distinct().count() < 2) {
            supports.add(new Support(any(neighbors.get(nb)), "Person", "COMPANIONSHIP"));
            supports.add(new Support(any(volunteers.get(nb)), "Person", "WATCHING"));
        }
        List<Support> written = writeSupports(id, supports);
        Set<String> supporters = new LinkedHashSet<>();
        written.forEach(s -> supporters.add(s.supporterId()));

        boolean needsNetwork = care || needs.size() >= 3 || supporters.size() >= 3;
        if (needsNetwork && random.nextDouble() < 0.6 || !needsNetwork && random.nextDouble() < 0.1) {
            individualNetwork(id, areaId, nb, written, careManager, family);
        }
    }

    private List<Support> writeSupports(String residentId, List<Support> supports) {
        Set<String> seen = new LinkedHashSet<>();
        List<Support> written = new ArrayList<>();
        for (Support s : supports) {
            if (s.supporterId() != null && seen.add(s.supporterId() + "|" + s.service())) {
                city.add("supportsBy" + s.label(), row("from", s.supporterId(), "to", residentId, "service", s.service(),
                        "since", date(2000)));
                written.add(s);
            }
        }
        return written;
    }

    private void individualNetwork(String residentId, String areaId, String nb, List<Support> supports,
                                   String careManager, List<String> family) {
        String id = "inw-" + residentId.substring(4);
        String convener;
        if (careManager != null) {
            convener = careManager;
        } else if (!family.isEmpty() && random.nextBoolean()) {
            convener = family.get(0);
        } else {
            convener = supports.get(0).supporterId();
        }
        String convenerLabel = convener.startsWith("org-") ? "Organization" : "Person";
        LocalDate formed = date(1500);
        String contact = pickWeighted(new String[] {"NOTEBOOK", "PHONE", "MEETING", "EMAIL", "OTHER"},
                new double[] {0.5, 0.2, 0.15, 0.1, 0.05});
        city.add("individualNetworks", row("id", id, "residentId", residentId, "convenerId", convener,
                "convenerLabel", convenerLabel, "contact", contact, "formedOn", formed));
        // Most helpers join the network; some keep helping from outside it.
        Set<String> members = new LinkedHashSet<>();
        supports.forEach(s -> {
            if (s.supporterId().equals(convener) || random.nextDouble() < 0.85) {
                members.add(s.supporterId());
            }
        });
        // Most networks have a route to a layer-3 coordinator or the 地域包括支援センター (002 §4-3 留意事項); some don't.
        if (members.stream().noneMatch(routeHolders::contains) && random.nextDouble() < 0.85) {
            String l3 = layer3ByNeighborhood.get(nb);
            members.add(l3 != null && random.nextBoolean() ? l3 : supportCenterByArea.get(areaId));
        }
        for (String m : members) {
            city.add(m.startsWith("org-") ? "individualMembersOrganization" : "individualMembersPerson",
                    row("from", m, "to", id, "since", formed));
        }
    }

    // ---------------------------------------------------------------- provider networks, associations, councils

    private void providerNetworks(List<String> areaIds) {
        int pn = 0;
        for (int a = 0; a < areaIds.size(); a++) {
            String areaId = areaIds.get(a);
            String name = AREA_NAMES[a];
            List<String> areaMembers = new ArrayList<>();
            for (String service : List.of("HOME_CARE", "DAY_CARE")) {
                List<Org> providers = orgs.stream().filter(o -> areaId.equals(o.areaId()) && o.offers().contains(service)
                        && "CARE_PROVIDER".equals(o.type())).toList();
                // Area 3 (index 2) has several home-care providers and no network for them (NO_SAME_KIND_NETWORK).
                boolean formed = providers.size() >= 2 && !(a == 2 && "HOME_CARE".equals(service))
                        && ("HOME_CARE".equals(service) || a % 2 == 1);
                if (!formed) {
                    continue;
                }
                String id = "pnw-%03d".formatted(++pn);
                city.add("providerNetworks", row("id", id, "name", name + (service.equals("HOME_CARE")
                                ? "訪問介護事業者連絡会" : "通所事業者連絡会"), "scope", "SAME_KIND", "form", "MEETING",
                        "service", service, "areaIds", List.of(areaId), "convenerId", layer2ByArea.get(areaId)));
                for (int k = 0; k < providers.size(); k++) {
                    // One provider stays outside its same-kind network in the first area, and now and then elsewhere.
                    boolean outside = k == providers.size() - 1 && (a == 0 || random.nextDouble() < 0.15);
                    if (!outside) {
                        city.add("providerMembersOrganization", row("from", providers.get(k).id(), "to", id,
                                "since", date(3000)));
                    }
                }
                areaMembers.add(id);
            }
            if (a == 3) {
                String id = "pnw-%03d".formatted(++pn);
                city.add("providerNetworks", row("id", id, "name", name + "商店会 配達の会", "scope", "SAME_KIND",
                        "form", "MEETING", "service", "SHOPPING", "areaIds", List.of(areaId), "convenerId", null));
                orgs.stream().filter(o -> areaId.equals(o.areaId()) && o.id().startsWith("org-")
                                && "BUSINESS".equals(o.type()) && o.offers().contains("SHOPPING"))
                        .forEach(o -> city.add("providerMembersOrganization", row("from", o.id(), "to", id,
                                "since", date(1000))));
            }
            // Every area but the last has a cross-kind network (NO_CROSS_KIND_NETWORK there).
            if (a == areaIds.size() - 1) {
                continue;
            }
            String cross = "pnw-%03d".formatted(++pn);
            city.add("providerNetworks", row("id", cross, "name", name + "地域ケア連携会議", "scope", "CROSS_KIND",
                    "form", a % 2 == 0 ? "MEETING" : "STANDING_BODY", "service", null, "areaIds", List.of(areaId),
                    "convenerId", layer2ByArea.get(areaId)));
            for (Org o : orgs) {
                if (areaId.equals(o.areaId()) && Set.of("COMMUNITY_SUPPORT_CENTER", "MEDICAL", "NPO").contains(o.type())
                        && random.nextDouble() < 0.8 || o.id().equals(supportCenterByArea.get(areaId))) {
                    city.add("providerMembersOrganization", row("from", o.id(), "to", cross, "since", date(2000)));
                }
            }
            for (String member : areaMembers) {
                city.add("providerMembersNetwork", row("from", member, "to", cross, "since", date(2000)));
            }
        }
        // The city's medical association: a standing same-kind network covering the municipality.
        String doctors = "pnw-%03d".formatted(++pn);
        city.add("providerNetworks", row("id", doctors, "name", "東雲市医師会", "scope", "SAME_KIND",
                "form", "STANDING_BODY", "service", "MEDICAL_CARE", "areaIds", List.of(MUNICIPALITY_ID),
                "convenerId", layer1));
        List<Org> clinics = orgs.stream().filter(o -> o.offers().contains("MEDICAL_CARE")).toList();
        for (int k = 0; k < clinics.size(); k++) {
            if (k != 0) {
                city.add("providerMembersOrganization", row("from", clinics.get(k).id(), "to", doctors, "since", date(5000)));
            }
        }
    }

    private void associations(Map<String, List<String>> neighborhoods) {
        for (Org association : orgs.stream().filter(o -> "NEIGHBORHOOD_ASSOCIATION".equals(o.type())).toList()) {
            Set<String> reported = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (reported.size() < count) {
                reported.add(REPORTED_NEEDS[random.nextInt(REPORTED_NEEDS.length)]);
            }
            reported.forEach(code -> city.add("reportedNeeds", row("from", association.id(), "code", code)));
            if (random.nextDouble() < 0.18) {
                continue; // no NPO to refer to (ASSOCIATION_WITHOUT_NPO)
            }
            List<Org> npos = orgs.stream().filter(o -> "NPO".equals(o.type()) && association.areaId().equals(o.areaId()))
                    .toList();
            Set<String> chosen = new LinkedHashSet<>();
            int links = 1 + random.nextInt(2);
            for (int k = 0; k < links && !npos.isEmpty(); k++) {
                chosen.add(npos.get(random.nextInt(npos.size())).id());
            }
            chosen.forEach(npo -> city.add("referrals", row("from", association.id(), "to", npo, "since", date(2500))));
        }
    }

    private void councils(List<String> areaIds, Map<String, List<String>> neighborhoods) {
        city.add("councils", row("id", "cnc-01", "name", "東雲市 第1層協議体", "layer", 1,
                "areaIds", List.of(MUNICIPALITY_ID)));
        city.add("seatsPerson", row("from", layer1, "to", "cnc-01", "since", date(2000)));
        for (Org o : orgs) {
            if (Set.of("SOCIAL_WELFARE_COUNCIL", "SILVER_CENTER", "MUNICIPAL_OFFICE", "COMMUNITY_SUPPORT_CENTER",
                    "COOPERATIVE").contains(o.type())) {
                city.add("seatsOrganization", row("from", o.id(), "to", "cnc-01", "since", date(2000)));
            }
        }
        for (int a = 0; a < areaIds.size(); a++) {
            String areaId = areaIds.get(a);
            String council = "cnc-%02d".formatted(a + 2);
            city.add("councils", row("id", council, "name", AREA_NAMES[a] + "圏域 第2層協議体", "layer", 2,
                    "areaIds", List.of(areaId)));
            city.add("seatsPerson", row("from", layer2ByArea.get(areaId), "to", council, "since", date(2000)));
            for (String nb : neighborhoods.get(areaId)) {
                city.add("seatsPerson", row("from", welfareCommissioners.get(nb).get(0), "to", council, "since", date(2000)));
            }
            for (Org o : orgs) {
                if (areaId.equals(o.areaId()) && Set.of("COMMUNITY_SUPPORT_CENTER", "NPO", "NEIGHBORHOOD_ASSOCIATION")
                        .contains(o.type())) {
                    city.add("seatsOrganization", row("from", o.id(), "to", council, "since", date(2000)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private String org(String type, String name, boolean active, Set<String> offers, String areaId, String servesId) {
        String id = "org-%05d".formatted(orgs.size() + 1);
        Org org = new Org(id, type, active, Set.copyOf(offers), areaId, servesId);
        orgs.add(org);
        List<String> labels = switch (type) {
            case "NPO" -> List.of("NPO");
            case "NEIGHBORHOOD_ASSOCIATION" -> List.of("NeighborhoodAssociation");
            default -> List.of();
        };
        city.add("organizations", row("id", id, "name", name, "type", type, "active", active, "labels", labels,
                "offers", offers.stream().sorted().toList(), "serves", List.of(servesId)));
        return id;
    }

    private String person(String role, String organizationId) {
        String id = "per-%06d".formatted(city.rows("persons").size() + 1);
        city.add("persons", row("id", id, "name", faker.name().lastName() + " " + faker.name().firstName(), "role", role,
                "organizationId", organizationId, "layer", null, "labels", List.of(), "areaIds", List.of()));
        return id;
    }

    private String coordinator(int layer, String areaId, String organizationId) {
        String id = "per-%06d".formatted(city.rows("persons").size() + 1);
        city.add("persons", row("id", id, "name", faker.name().lastName() + " " + faker.name().firstName(), "role", "STAFF",
                "organizationId", organizationId, "layer", layer, "labels", List.of("Coordinator"),
                "areaIds", List.of(areaId)));
        return id;
    }

    /**
     * Organizations offering a service to the neighbourhood, its daily-life area or the whole municipality (cached:
     * every organization exists before the first resident is drawn).
     */
    private List<Org> orgsServing(String areaId, String nb, String service) {
        return servingCache.computeIfAbsent(nb + "|" + service, key -> orgs.stream()
                .filter(o -> o.servesId().equals(nb) || o.servesId().equals(areaId) || o.servesId().equals(MUNICIPALITY_ID))
                .filter(o -> o.offers().contains(service)).toList());
    }

    private String careLevel() {
        return pickWeighted(new String[] {"INDEPENDENT", "ELIGIBLE", "SUPPORT_1", "SUPPORT_2", "CARE_1", "CARE_2",
                "CARE_3", "CARE_4", "CARE_5"}, new double[] {30, 8, 12, 12, 13, 9, 7, 5, 4});
    }

    private Set<String> needs(String careLevel) {
        Set<String> needs = new LinkedHashSet<>();
        if ("INDEPENDENT".equals(careLevel)) {
            if (random.nextDouble() < 0.7) {
                needs.add(LIGHT_NEEDS[random.nextInt(LIGHT_NEEDS.length)]);
            }
        } else if (careLevel.startsWith("CARE_")) {
            int n = 2 + random.nextInt(3);
            while (needs.size() < n) {
                needs.add(CARE_NEEDS[random.nextInt(CARE_NEEDS.length)]);
            }
        } else {
            int n = 1 + random.nextInt(2);
            while (needs.size() < n) {
                needs.add(DAILY_NEEDS[random.nextInt(DAILY_NEEDS.length)]);
            }
        }
        return needs;
    }

    private Set<String> pick(Set<String> always, String sometimes, double probability) {
        Set<String> offers = new LinkedHashSet<>(always);
        if (random.nextDouble() < probability) {
            offers.add(sometimes);
        }
        return offers;
    }

    private String pickWeighted(String[] values, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = random.nextDouble() * sum;
        for (int k = 0; k < values.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    private String any(List<String> pool) {
        return pool == null || pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    private LocalDate date(int maxDaysBack) {
        return BASE.minusDays(random.nextInt(maxDaysBack));
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            row.put((String) keyValues[k], keyValues[k + 1]);
        }
        return row;
    }
}
