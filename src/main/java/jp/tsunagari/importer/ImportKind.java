package jp.tsunagari.importer;

import static jp.tsunagari.importer.Column.Type.BOOLEAN;
import static jp.tsunagari.importer.Column.Type.DATE;
import static jp.tsunagari.importer.Column.Type.DIGITS;
import static jp.tsunagari.importer.Column.Type.ENUM;
import static jp.tsunagari.importer.Column.Type.ID;
import static jp.tsunagari.importer.Column.Type.IDS;
import static jp.tsunagari.importer.Column.Type.INTEGER;
import static jp.tsunagari.importer.Column.Type.LATITUDE;
import static jp.tsunagari.importer.Column.Type.LONGITUDE;
import static jp.tsunagari.importer.Column.Type.SERVICE;
import static jp.tsunagari.importer.Column.Type.SERVICES;
import static jp.tsunagari.importer.Column.Type.TEXT;
import static jp.tsunagari.importer.Column.optional;
import static jp.tsunagari.importer.Column.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.ContactMethod;
import jp.tsunagari.network.NetworkForm;
import jp.tsunagari.network.NetworkScope;
import jp.tsunagari.network.OrganizationType;
import jp.tsunagari.network.PersonRole;

/**
 * The elements of the graph model that can be imported and exported, each with its column layout (the public
 * contract of the files, documented in {@code cypher/IMPORT.md}). {@code keyColumns} identify a row: a node's id, or
 * both ends (and the service) of a tie. {@link #KAIGO_OPENDATA} is read in the national open data's own layout and
 * becomes organizations.
 */
enum ImportKind {

    AREAS("areas", "区域", "Area", List.of("id"), List.of(
            required("id", "区域ID", ID),
            required("name", "区域名", TEXT),
            required("level", "区域レベル", ENUM, names(AreaLevel.values())),
            optional("parentId", "上位区域ID", ID),
            optional("municipalityCode", "地方公共団体コード", DIGITS, "6"))),

    ORGANIZATIONS("organizations", "組織", "Organization", List.of("id"), List.of(
            required("id", "組織ID", ID),
            required("name", "名称", TEXT),
            required("type", "種別", ENUM, names(OrganizationType.values())),
            optional("active", "活動中", BOOLEAN),
            optional("offers", "提供サービス", SERVICES),
            optional("serves", "対象区域ID", IDS),
            optional("address", "住所", TEXT),
            optional("phone", "電話番号", TEXT),
            optional("officeNumber", "事業所番号", DIGITS, "10"),
            optional("corporateNumber", "法人番号", DIGITS, "13"),
            optional("latitude", "緯度", LATITUDE),
            optional("longitude", "経度", LONGITUDE))),

    PEOPLE("people", "支援者・コーディネーター", "Person", List.of("id"), List.of(
            required("id", "人ID", ID),
            required("name", "氏名", TEXT),
            required("role", "役割", ENUM, names(PersonRole.values())),
            optional("organizationIds", "所属組織ID", IDS),
            optional("coordinatorLayer", "コーディネーター層", INTEGER, "1", "2", "3"),
            optional("areaIds", "担当区域ID", IDS))),

    RESIDENTS("residents", "住民", "Resident", List.of("id"), List.of(
            required("id", "住民ID", ID),
            required("name", "氏名", TEXT),
            required("areaId", "居住区域ID", ID),
            required("careLevel", "要介護度", ENUM, names(CareLevel.values())),
            optional("livesAlone", "独居", BOOLEAN),
            optional("consentToShare", "情報共有の同意", BOOLEAN),
            optional("needs", "ニーズ", SERVICES))),

    SUPPORTS("supports", "支援関係", "SUPPORTS", List.of("supporterId", "residentId", "service"), List.of(
            required("supporterId", "支援者ID", ID),
            required("residentId", "住民ID", ID),
            required("service", "サービス", SERVICE),
            optional("since", "開始日", DATE))),

    INDIVIDUAL_NETWORKS("individual-networks", "個別ネットワーク", "IndividualNetwork", List.of("id"), List.of(
            required("id", "個別ネットワークID", ID),
            required("residentId", "住民ID", ID),
            required("convenerId", "形成者ID", ID),
            required("contact", "連絡方法", ENUM, names(ContactMethod.values())),
            optional("formedOn", "形成日", DATE))),

    INDIVIDUAL_NETWORK_MEMBERS("individual-network-members", "個別ネットワークのメンバー", "MEMBER_OF",
            List.of("memberId", "networkId"), List.of(
            required("memberId", "メンバーID", ID),
            required("networkId", "個別ネットワークID", ID),
            optional("since", "参加日", DATE))),

    PROVIDER_NETWORKS("provider-networks", "事業者間ネットワーク", "ProviderNetwork", List.of("id"), List.of(
            required("id", "ネットワークID", ID),
            required("name", "名称", TEXT),
            required("scope", "種類", ENUM, names(NetworkScope.values())),
            required("form", "形態", ENUM, names(NetworkForm.values())),
            optional("service", "サービス", SERVICE),
            required("areaIds", "対象区域ID", IDS),
            optional("convenerId", "招集者ID", ID))),

    PROVIDER_NETWORK_MEMBERS("provider-network-members", "事業者間ネットワークのメンバー", "MEMBER_OF",
            List.of("memberId", "networkId"), List.of(
            required("memberId", "メンバーID", ID),
            required("networkId", "ネットワークID", ID),
            optional("since", "参加日", DATE))),

    REFERRALS("referrals", "地縁組織とNPOのつながり", "REFERS_TO", List.of("associationId", "npoId"), List.of(
            required("associationId", "地縁組織ID", ID),
            required("npoId", "NPO ID", ID),
            optional("since", "開始日", DATE))),

    COUNCILS("councils", "協議体", "Council", List.of("id"), List.of(
            required("id", "協議体ID", ID),
            required("name", "名称", TEXT),
            required("layer", "層", INTEGER, "1", "2"),
            required("areaIds", "対象区域ID", IDS))),

    COUNCIL_MEMBERS("council-members", "協議体の構成員", "SITS_ON", List.of("memberId", "councilId"), List.of(
            required("memberId", "構成員ID", ID),
            required("councilId", "協議体ID", ID),
            optional("since", "参加日", DATE))),

    /** 介護サービス情報公表システムのオープンデータ: read in its own 24 columns, written as organizations. */
    KAIGO_OPENDATA("kaigo-opendata", "介護サービス情報公表システム オープンデータ", "Organization", List.of(), List.of());

    final String slug;
    final String nameJa;
    /** The node label or relationship type written. */
    final String element;
    final List<String> keyColumns;
    final List<Column> columns;

    ImportKind(String slug, String nameJa, String element, List<String> keyColumns, List<Column> columns) {
        this.slug = slug;
        this.nameJa = nameJa;
        this.element = element;
        this.keyColumns = keyColumns;
        this.columns = columns;
    }

    static Optional<ImportKind> of(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equalsIgnoreCase(slug == null ? "" : slug.strip())).findFirst();
    }

    /** The kinds with a layout of their own (all but the national open data). */
    static List<ImportKind> layouts() {
        return Arrays.stream(values()).filter(k -> k != KAIGO_OPENDATA).toList();
    }

    /** Whether rows are nodes (identified by {@code id}) rather than ties. */
    boolean isNode() {
        return keyColumns.equals(List.of("id"));
    }

    Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    /** Whether rows of this kind name residents (exported only within the user's resident scope). */
    boolean aboutResidents() {
        return this == RESIDENTS || this == SUPPORTS || this == INDIVIDUAL_NETWORKS || this == INDIVIDUAL_NETWORK_MEMBERS;
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
