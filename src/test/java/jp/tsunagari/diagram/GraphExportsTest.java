package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Exports open in Gephi and yEd: well-formed XML with every node and edge, and names kept as text. */
class GraphExportsTest {

    private static final GraphData GRAPH = new GraphData(
            List.of(new GraphNode("r1", "<img src=x onerror=alert(1)>", "resident").at(1, 2),
                    new GraphNode("p1", "佐藤 & 鈴木", "person"), new GraphNode("o1", "サロン", "organization")),
            List.of(new GraphEdge("e1", "p1", "r1", "supports", false), new GraphEdge(null, "o1", "r1", "supports", true)));

    @Test
    void graphmlHoldsEveryNodeAndEdgeWithItsLabelAsEscapedText() throws Exception {
        String xml = GraphExports.graphml(GRAPH);
        Document doc = parse(xml);
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
        assertThat(xml).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img").contains("佐藤 &amp; 鈴木");
        assertThat(doc.getDocumentElement().getTextContent()).contains("<img src=x onerror=alert(1)>", "resident", "supports");
    }

    @Test
    void gexfHoldsEveryNodeAndEdgeForGephi() throws Exception {
        Document doc = parse(GraphExports.gexf(GRAPH));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("gexf");
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
    }

    @Test
    void emptyGraphExportsAsAnEmptyButValidFile() throws Exception {
        assertThat(parse(GraphExports.graphml(GraphData.empty())).getElementsByTagName("node").getLength()).isZero();
        assertThat(parse(GraphExports.gexf(GraphData.empty())).getElementsByTagName("node").getLength()).isZero();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
