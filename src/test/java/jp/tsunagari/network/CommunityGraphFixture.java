package jp.tsunagari.network;

import java.time.LocalDate;
import java.util.Set;

import jp.tsunagari.network.AreaService.NewArea;
import jp.tsunagari.network.OrganizationService.NewCoordinator;
import jp.tsunagari.network.OrganizationService.NewOrganization;
import jp.tsunagari.network.OrganizationService.NewPerson;
import jp.tsunagari.network.ResidentService.NewResident;

/**
 * A small hand-made town, written through the services: one municipality, one daily-life area with two
 * neighbourhoods, one resident, a neighbour, a home-care provider, an NPO, an association and a layer-2 coordinator.
 */
record CommunityGraphFixture(AreaService areas, ResidentService residents, OrganizationService organizations) {

    static final String CITY = "city", AREA = "area-1", NB1 = "nb-1", NB2 = "nb-2", RESIDENT = "res-1",
            NEIGHBOR = "per-neighbor", HOME_CARE = "org-homecare", NPO = "org-npo", ASSOCIATION = "org-assoc",
            COORDINATOR = "per-coordinator";

    void build() {
        areas.create(new NewArea(CITY, "テスト市", AreaLevel.MUNICIPALITY, null));
        areas.create(new NewArea(AREA, "中央圏域", AreaLevel.DAILY_LIFE_AREA, CITY));
        areas.create(new NewArea(NB1, "桜ヶ丘地区", AreaLevel.NEIGHBORHOOD, AREA));
        areas.create(new NewArea(NB2, "若葉台地区", AreaLevel.NEIGHBORHOOD, AREA));
        residents.create(new NewResident(RESIDENT, "山田 花子", NB1, true, CareLevel.CARE_2, false,
                Set.of("HOME_CARE", "SHOPPING")));
        organizations.createPerson(new NewPerson(NEIGHBOR, "佐藤 一郎", PersonRole.NEIGHBOR, null));
        organizations.createOrganization(new NewOrganization(HOME_CARE, "訪問介護あおば", OrganizationType.CARE_PROVIDER,
                true, Set.of("HOME_CARE"), Set.of(AREA)));
        organizations.createOrganization(new NewOrganization(NPO, "NPO法人 ささえあい", OrganizationType.NPO, true,
                Set.of("SHOPPING"), Set.of(AREA)));
        organizations.createOrganization(new NewOrganization(ASSOCIATION, "桜ヶ丘自治会",
                OrganizationType.NEIGHBORHOOD_ASSOCIATION, true, Set.of("WATCHING"), Set.of(NB1)));
        organizations.createCoordinator(new NewCoordinator(COORDINATOR, "鈴木 恵子", 2, null, Set.of(AREA), null));
    }

    static LocalDate day(int day) {
        return LocalDate.of(2026, 4, day);
    }
}
