package jp.tsunagari.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The organizations as Open Referral HSDS (Human Services Data Specification) for directory systems: one
 * {@code organization} per organization, one {@code service} per service kind it offers (status {@code active} or
 * {@code inactive} as the organization is), a {@code location} where its coordinates are known, and one
 * {@code service_area} per area a service serves. As JSON (organizations with their services, locations and service
 * areas nested, HSDS 3 style) or as a zip of the four CSV tables. No resident data.
 */
@Service
class Hsds {

    private final GraphRows graphRows;
    private final GraphState state;
    private final Neo4jClient client;
    private final Exporter exporter;
    private final AuditTrail audit;

    Hsds(GraphRows graphRows, GraphState state, Neo4jClient client, Exporter exporter, AuditTrail audit) {
        this.graphRows = graphRows;
        this.state = state;
        this.client = client;
        this.exporter = exporter;
        this.audit = audit;
    }

    /** The four tables, each a list of rows with HSDS field names. */
    record Tables(List<Map<String, Object>> organizations, List<Map<String, Object>> services,
                  List<Map<String, Object>> locations, List<Map<String, Object>> serviceAreas) {
    }

    Tables tables() {
        exporter.requireExporter();
        Map<String, GraphState.AreaInfo> areas = state.areas();
        Map<String, String> serviceNames = new HashMap<>();
        client.query("MATCH (s:ServiceKind) RETURN s.code AS code, s.nameJa AS name").fetch().all()
                .forEach(r -> serviceNames.put((String) r.get("code"), (String) r.get("name")));
        Tables t = new Tables(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Map<String, Object> o : graphRows.read(ImportKind.ORGANIZATIONS, GraphRows.Selection.all())) {
            String id = (String) o.get("id");
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", id);
            org.put("name", o.get("name"));
            org.put("description", o.get("type"));
            org.put("tax_id", o.get("corporateNumber"));
            t.organizations().add(org);
            boolean active = !Boolean.FALSE.equals(o.get("active"));
            for (Object code : (List<?>) o.get("offers")) {
                String serviceId = id + ":" + code;
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("id", serviceId);
                service.put("organization_id", id);
                service.put("name", serviceNames.getOrDefault(String.valueOf(code), String.valueOf(code)));
                service.put("alternate_name", code);
                service.put("status", active ? "active" : "inactive");
                t.services().add(service);
                for (Object areaId : (List<?>) o.get("serves")) {
                    Map<String, Object> area = new LinkedHashMap<>();
                    area.put("id", serviceId + ":" + areaId);
                    area.put("service_id", serviceId);
                    GraphState.AreaInfo info = areas.get(String.valueOf(areaId));
                    area.put("name", info == null ? areaId : info.name());
                    area.put("description", areaId);
                    t.serviceAreas().add(area);
                }
            }
            if (o.get("latitude") != null || o.get("address") != null) {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("id", id + ":location");
                location.put("organization_id", id);
                location.put("name", o.get("name"));
                location.put("latitude", o.get("latitude"));
                location.put("longitude", o.get("longitude"));
                location.put("address_1", o.get("address"));
                location.put("country", "JP");
                t.locations().add(location);
            }
        }
        return t;
    }

    /** HSDS 3 style: organizations with their services (and their service areas) and locations nested. */
    List<Map<String, Object>> json() {
        Tables t = tables();
        Map<String, List<Map<String, Object>>> areasByService = new HashMap<>();
        t.serviceAreas().forEach(a -> areasByService.computeIfAbsent((String) a.get("service_id"), k -> new ArrayList<>()).add(a));
        Map<String, List<Map<String, Object>>> servicesByOrg = new HashMap<>(), locationsByOrg = new HashMap<>();
        for (Map<String, Object> s : t.services()) {
            Map<String, Object> service = new LinkedHashMap<>(s);
            service.put("service_areas", areasByService.getOrDefault((String) s.get("id"), List.of()));
            servicesByOrg.computeIfAbsent((String) s.get("organization_id"), k -> new ArrayList<>()).add(service);
        }
        t.locations().forEach(l -> locationsByOrg.computeIfAbsent((String) l.get("organization_id"), k -> new ArrayList<>()).add(l));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> o : t.organizations()) {
            Map<String, Object> org = new LinkedHashMap<>(o);
            org.put("services", servicesByOrg.getOrDefault((String) o.get("id"), List.of()));
            org.put("locations", locationsByOrg.getOrDefault((String) o.get("id"), List.of()));
            out.add(org);
        }
        audit.record(AuditAction.EXPORT, List.of("hsds"), out.size() + " organizations as HSDS JSON");
        return out;
    }

    /** organization.csv, service.csv, location.csv and service_area.csv in one zip. */
    byte[] csvZip() {
        Tables t = tables();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "organization.csv", List.of("id", "name", "description", "tax_id"), t.organizations());
            entry(zip, "service.csv", List.of("id", "organization_id", "name", "alternate_name", "status"), t.services());
            entry(zip, "location.csv", List.of("id", "organization_id", "name", "latitude", "longitude", "address_1",
                    "country"), t.locations());
            entry(zip, "service_area.csv", List.of("id", "service_id", "name", "description"), t.serviceAreas());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, List.of("hsds"), t.organizations().size() + " organizations as HSDS CSV");
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, List<String> fields, List<Map<String, Object>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        List<List<String>> cells = rows.stream().map(r -> fields.stream()
                .map(f -> r.get(f) == null ? "" : String.valueOf(r.get(f))).toList()).toList();
        zip.write(Exporter.csv(fields, cells));
        zip.closeEntry();
    }
}
