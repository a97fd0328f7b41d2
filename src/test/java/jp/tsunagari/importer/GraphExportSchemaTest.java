package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.GraphEdge;
import jp.tsunagari.diagram.GraphExports;
import jp.tsunagari.diagram.GraphNode;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The diagrams' GraphML and GEXF exports (diagram's GraphExports, reused for every view) are valid against the
 * formats' XML schemas, bundled under src/test/resources/importer/xsd (GraphML 1.0 with XLink; GEXF 1.2 with viz),
 * so Gephi, yEd and NetworkX read them.
 */
class GraphExportSchemaTest {

    static final GraphData GRAPH = GraphData.of(List.of(
            new GraphNode("r1", "住民-0001 <&> \"引用\"", "resident").at(1.5, -2),
            new GraphNode("p1", "田中 民子", "person"),
            new GraphNode("o1", "NPO法人 ささえあい", "organization").at(0, 0)), List.of(
            new GraphEdge("p1", "r1", "SUPPORTS"), new GraphEdge("o1", "r1", "SUPPORTS"),
            new GraphEdge("p1", "o1", "")));

    @Test
    void graphmlExportIsValidGraphml() throws Exception {
        validate("graphml.xsd", GraphExports.graphml(GRAPH));
    }

    @Test
    void gexfExportIsValidGexf() throws Exception {
        validate("gexf.xsd", GraphExports.gexf(GRAPH));
    }

    @Test
    void anInvalidDocumentIsRefused() {
        String broken = GraphExports.graphml(GRAPH).replace("<graph ", "<grap ").replace("</graph>", "</grap>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate("graphml.xsd", broken))
                .isInstanceOf(SAXException.class);
    }

    private static void validate(String schema, String xml) throws Exception {
        URL xsd = GraphExportSchemaTest.class.getResource("/importer/xsd/" + schema);
        assertThat(xsd).as(schema).isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Imports (xlink.xsd, viz.xsd) resolve beside the schema, never over the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        Validator validator = factory.newSchema(xsd).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
