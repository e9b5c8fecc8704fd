package asean.review.report.chart;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.BarChart.Orientation;

class SvgChartTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void anAccessibleImageNamedByItsTitleAndDescribedByItsTextAlternative() throws Exception {
        BarChart chart = ChartSamples.pillars();
        Element svg = parse(SvgChart.svg(chart, "chart-pillars")).getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-pillars-title");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo("chart-pillars-desc");
        Element title = first(svg, "title");
        Element desc = first(svg, "desc");
        assertThat(svg.getFirstChild().getNextSibling()).isSameAs(title);
        assertThat(title.getAttribute("id")).isEqualTo("chart-pillars-title");
        assertThat(title.getTextContent()).isEqualTo("Tham gia theo trụ cột");
        assertThat(desc.getAttribute("id")).isEqualTo("chart-pillars-desc");
        assertThat(desc.getTextContent()).isEqualTo(chart.textAlternative());
        for (Bar bar : chart.bars()) {
            assertThat(desc.getTextContent()).contains(bar.label() + ": " + bar.value());
        }
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 451 ");
        assertThat(svg.getAttribute("width")).isEqualTo("451pt");
    }

    @Test
    void everyLabelAndValueIsTextInThePictureVietnameseIntact() throws Exception {
        for (BarChart chart : List.of(ChartSamples.pillars(), ChartSamples.completeness())) {
            List<String> texts = texts(parse(SvgChart.svg(chart, "c")).getDocumentElement());
            for (Bar bar : chart.bars()) {
                assertThat(texts).contains(bar.label(), String.valueOf(bar.value()));
            }
        }
        assertThat(texts(parse(SvgChart.svg(ChartSamples.months(), "m")).getDocumentElement()))
                .contains("Tháng", "1", "12", "11");
    }

    @Test
    void markupInLabelsIsEscapedAndTextXmlCannotHoldIsDropped() throws Exception {
        String label = "R&D <script>alert(\"x\")</script> 'q'";
        BarChart chart = new BarChart("A < B & \"C\"", "Trụ cột \"đặc biệt\" & <khác>.", "Không có.",
                Orientation.HORIZONTAL, List.of(new Bar(label, 3), new Bar("Bell\u0007", 1)));
        String svg = SvgChart.svg(chart, "x");
        assertThat(svg).doesNotContain("<script>", "\u0007");
        Element root = parse(svg).getDocumentElement();
        assertThat(first(root, "title").getTextContent()).isEqualTo("A < B & \"C\"");
        assertThat(first(root, "desc").getTextContent())
                .isEqualTo("Trụ cột \"đặc biệt\" & <khác>. " + label + ": 3; Bell: 1.");
        assertThat(root.getElementsByTagNameNS(SVG, "script").getLength()).isZero();
        assertThat(String.join(" ", texts(root))).contains("R&D", "<script>alert(\"x\")</script>", "'q'");
    }

    @Test
    void anEmptyChartSaysThereIsNothingToShowInThePictureAndItsDescription() throws Exception {
        Element root = parse(SvgChart.svg(ChartSamples.empty(), "e")).getDocumentElement();
        assertThat(texts(root)).containsExactly("Sự kiện đăng cai theo tháng", "Chưa có sự kiện nào để hiển thị.");
        assertThat(root.getElementsByTagNameNS(SVG, "rect").getLength()).as("only the background").isEqualTo(1);
        assertThat(first(root, "desc").getTextContent()).endsWith("Chưa có sự kiện nào để hiển thị.");
    }

    @Test
    void anIdThatCannotNameAnElementIsRefused() {
        assertThatThrownBy(() -> SvgChart.svg(ChartSamples.pillars(), "a\" onload=\"x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheSamplesForAPersonToLookAt() {
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\">"
                + "<title>Charts</title><body style=\"max-width:40rem\">\n");
        List<BarChart> charts = ChartSamples.all();
        for (int i = 0; i < charts.size(); i++) {
            String svg = SvgChart.svg(charts.get(i), "chart-" + i);
            ChartSamples.write("chart-" + i + ".svg", svg.getBytes(UTF_8));
            page.append("<figure>").append(svg).append("</figure>\n");
        }
        assertThat(ChartSamples.write("charts.html", page.append("</body></html>\n").toString().getBytes(UTF_8)))
                .exists();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
    }

    private static Element first(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        assertThat(nodes.getLength()).as("<%s> elements", name).isEqualTo(1);
        return (Element) nodes.item(0);
    }

    private static List<String> texts(Element root) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
