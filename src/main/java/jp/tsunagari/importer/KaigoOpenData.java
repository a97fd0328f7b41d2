package jp.tsunagari.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The national care-provider open data (介護サービス情報公表システム オープンデータ): one CSV per service type, 24
 * columns, one row per provider (事業所) and service type. The rows of one municipality become organizations of type
 * {@code CARE_PROVIDER} (地域包括支援センター for 介護予防支援), id {@code kaigo-<事業所番号>}, one per 事業所番号 whatever
 * the number of rows, offering the service kinds their サービスの種類 map to ({@link #SERVICE_KINDS}), serving the
 * municipality's area, keeping 事業所番号 and 法人番号 as external ids and 緯度/経度 as {@code latitude}/{@code longitude}.
 */
final class KaigoOpenData {

    /** The 24 columns, as the open data names them; those read are named by their key. */
    static final List<String> COLUMNS = List.of("都道府県コード又は市町村コード", "NO（※システム内の固有の番号、連番）",
            "都道府県名", "市区町村名", "事業所名", "事業所名カナ", "サービスの種類", "住所", "方書（ビル名等）", "緯度", "経度",
            "電話番号", "FAX番号", "法人番号", "法人の名称", "事業所番号", "利用可能曜日", "利用可能曜日特記事項（留意事項）", "定員",
            "URL", "高齢者の方と障害者の方が同時一体的に利用できるサービス", "介護保険の通常の指定基準を満たしている",
            "障害福祉の通常の指定基準を満たしている", "備考");

    /**
     * サービスの種類 → the app's service kinds (V003). A type mapped to none (facilities, equipment) still imports the
     * provider, offering nothing from that row; a type not in this table is an error.
     */
    static final Map<String, List<String>> SERVICE_KINDS = new LinkedHashMap<>();

    static {
        SERVICE_KINDS.put("訪問介護", List.of("HOME_CARE", "HOUSEWORK"));
        SERVICE_KINDS.put("訪問入浴介護", List.of("HOME_CARE"));
        SERVICE_KINDS.put("訪問看護", List.of("HOME_NURSING"));
        SERVICE_KINDS.put("訪問リハビリテーション", List.of("MEDICAL_CARE"));
        SERVICE_KINDS.put("居宅療養管理指導", List.of("MEDICAL_CARE", "MEDICATION"));
        SERVICE_KINDS.put("通所介護", List.of("DAY_CARE"));
        SERVICE_KINDS.put("地域密着型通所介護", List.of("DAY_CARE"));
        SERVICE_KINDS.put("療養通所介護", List.of("DAY_CARE", "MEDICAL_CARE"));
        SERVICE_KINDS.put("通所リハビリテーション", List.of("DAY_CARE", "MEDICAL_CARE"));
        SERVICE_KINDS.put("認知症対応型通所介護", List.of("DAY_CARE", "DEMENTIA_SUPPORT"));
        SERVICE_KINDS.put("短期入所生活介護", List.of("CARER_SUPPORT"));
        SERVICE_KINDS.put("短期入所療養介護", List.of("CARER_SUPPORT", "MEDICAL_CARE"));
        SERVICE_KINDS.put("定期巡回・随時対応型訪問介護看護", List.of("HOME_CARE", "HOME_NURSING", "WATCHING"));
        SERVICE_KINDS.put("夜間対応型訪問介護", List.of("HOME_CARE", "WATCHING"));
        SERVICE_KINDS.put("小規模多機能型居宅介護", List.of("HOME_CARE", "DAY_CARE", "CARER_SUPPORT"));
        SERVICE_KINDS.put("看護小規模多機能型居宅介護", List.of("HOME_CARE", "DAY_CARE", "HOME_NURSING", "CARER_SUPPORT"));
        SERVICE_KINDS.put("認知症対応型共同生活介護", List.of("DEMENTIA_SUPPORT"));
        SERVICE_KINDS.put("居宅介護支援", List.of("CONSULTATION"));
        SERVICE_KINDS.put("介護予防支援", List.of("CONSULTATION"));
        SERVICE_KINDS.put("福祉用具貸与", List.of());
        SERVICE_KINDS.put("特定福祉用具販売", List.of());
        SERVICE_KINDS.put("特定施設入居者生活介護", List.of());
        SERVICE_KINDS.put("地域密着型特定施設入居者生活介護", List.of());
        SERVICE_KINDS.put("介護老人福祉施設", List.of());
        SERVICE_KINDS.put("地域密着型介護老人福祉施設入所者生活介護", List.of());
        SERVICE_KINDS.put("介護老人保健施設", List.of());
        SERVICE_KINDS.put("介護医療院", List.of());
    }

    private static final String CODE = "都道府県コード又は市町村コード", NAME = "事業所名", TYPE = "サービスの種類",
            ADDRESS = "住所", BUILDING = "方書", LATITUDE = "緯度", LONGITUDE = "経度", PHONE = "電話番号",
            CORPORATE = "法人番号", OFFICE = "事業所番号";
    private static final List<String> REQUIRED = List.of(CODE, NAME, TYPE, OFFICE);

    private KaigoOpenData() {
    }

    /** The organizations of one municipality, with the problems of the rows read. */
    record Result(List<ParsedRow> organizations, List<Problem> problems, int rowsRead) {
    }

    /** Header text without what the open data adds in brackets, in NFKC: 「方書（ビル名等）」 → 「方書」. */
    static String normalizedHeader(String header) {
        String h = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC);
        int bracket = h.indexOf('(');
        return (bracket > 0 ? h.substring(0, bracket) : h).strip().toLowerCase(Locale.ROOT);
    }

    static Result read(TableReader.Table table, String municipalityCode, String areaId) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            index.putIfAbsent(normalizedHeader(table.header().get(i)), i);
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(normalizedHeader(required))) {
                problems.add(Problem.of(1, required, "", "import.error.columnMissing"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        Column latitude = Column.optional("latitude", LATITUDE, Column.Type.LATITUDE);
        Column longitude = Column.optional("longitude", LONGITUDE, Column.Type.LONGITUDE);
        Map<String, ParsedRow> byOffice = new LinkedHashMap<>();
        Map<String, TreeSet<String>> offers = new HashMap<>();
        Map<String, Boolean> supportCenter = new HashMap<>();
        int read = 0;
        for (TableReader.SourceRow source : table.rows()) {
            String code = Normalizer.normalize(cell(source, index, CODE), Normalizer.Form.NFKC);
            if (code.length() < 5 || !code.startsWith(municipalityCode.substring(0, 5))) {
                continue; // another municipality (or the prefecture's own rows)
            }
            read++;
            String office = Normalizer.normalize(cell(source, index, OFFICE), Normalizer.Form.NFKC);
            String type = Normalizer.normalize(cell(source, index, TYPE), Normalizer.Form.NFKC).strip();
            String name = cell(source, index, NAME);
            boolean bad = false;
            if (!office.matches("\\d{10}")) {
                problems.add(Problem.of(source.line(), OFFICE, office, "import.error.digits", 10));
                bad = true;
            }
            List<String> kinds = SERVICE_KINDS.get(type);
            if (kinds == null) {
                problems.add(Problem.of(source.line(), TYPE, type, "import.error.serviceType"));
                bad = true;
            }
            if (name.isBlank()) {
                problems.add(Problem.of(source.line(), NAME, name, "import.error.required"));
                bad = true;
            }
            Cells.Read lat = Cells.read(latitude, cell(source, index, LATITUDE), null);
            Cells.Read lon = Cells.read(longitude, cell(source, index, LONGITUDE), null);
            for (var c : List.of(Map.entry(LATITUDE, lat), Map.entry(LONGITUDE, lon))) {
                if (c.getValue().bad() != null) {
                    problems.add(new Problem(source.line(), c.getKey(), cell(source, index, c.getKey()),
                            c.getValue().bad().key(), c.getValue().bad().args()));
                    bad = true;
                }
            }
            if (lat.bad() == null && lon.bad() == null && (lat.value() == null) != (lon.value() == null)) {
                problems.add(Problem.of(source.line(), lat.value() == null ? LATITUDE : LONGITUDE, "",
                        "import.error.coordinatePair"));
                bad = true;
            }
            String corporate = Normalizer.normalize(cell(source, index, CORPORATE), Normalizer.Form.NFKC).strip();
            if (!corporate.isEmpty() && !corporate.matches("\\d{13}")) {
                problems.add(Problem.of(source.line(), CORPORATE, corporate, "import.error.digits", 13));
                bad = true;
            }
            if (bad) {
                continue;
            }
            String id = "kaigo-" + office;
            offers.computeIfAbsent(id, k -> new TreeSet<>()).addAll(kinds);
            supportCenter.merge(id, type.equals("介護予防支援"), Boolean::logicalOr);
            if (byOffice.containsKey(id)) {
                continue; // the same provider for another service type: its other fields come from its first row
            }
            ParsedRow row = new ParsedRow(source.line());
            row.put("id", "事業所番号", office, id);
            row.put("name", NAME, name, name.strip());
            String address = (cell(source, index, ADDRESS) + " " + cell(source, index, BUILDING)).strip();
            row.put("address", ADDRESS, address, address.isEmpty() ? null : address);
            String phone = cell(source, index, PHONE).strip();
            row.put("phone", PHONE, phone, phone.isEmpty() ? null : phone);
            row.put("officeNumber", OFFICE, office, office);
            row.put("corporateNumber", CORPORATE, corporate, corporate.isEmpty() ? null : corporate);
            row.put("latitude", LATITUDE, cell(source, index, LATITUDE), lat.value());
            row.put("longitude", LONGITUDE, cell(source, index, LONGITUDE), lon.value());
            byOffice.put(id, row);
        }
        for (ParsedRow row : byOffice.values()) {
            String id = row.text("id");
            row.put("type", TYPE, "", supportCenter.get(id) ? "COMMUNITY_SUPPORT_CENTER" : "CARE_PROVIDER");
            row.put("offers", TYPE, "", List.copyOf(offers.get(id)));
            row.put("serves", CODE, municipalityCode, areaId == null ? List.of() : List.of(areaId));
        }
        return new Result(new ArrayList<>(byOffice.values()), problems, read);
    }

    private static String cell(TableReader.SourceRow row, Map<String, Integer> index, String column) {
        Integer i = index.get(normalizedHeader(column));
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i);
    }
}
