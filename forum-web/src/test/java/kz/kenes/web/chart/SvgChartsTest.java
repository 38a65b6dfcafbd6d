package kz.kenes.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {
  static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void stackedBarsAreValidSvgWithTitleOneRectPerNonZeroSegmentAndLegend() throws Exception {
    String svg =
        SvgCharts.stackedBars(
            "c1",
            "Өтініштер 2026-W49",
            List.of("Ақжол", "Ақтоғай"),
            List.of("Жолдар", "Су"),
            new long[][] {{2, 3}, {0, 1}});
    Document doc = parse(svg);
    var root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("viewBox")).startsWith("0 0 640 ");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Өтініштер 2026-W49");
    // 3 segments with a value + 2 legend squares
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(5);
    assertThat(svg).contains("Ақжол · Су: 3", ">Жолдар<", ">Су<");
  }

  @Test
  void theTallestBarFillsThePlotAndStacksAddUp() throws Exception {
    Document doc =
        parse(
            SvgCharts.stackedBars(
                "c", "t", List.of("a", "b"), List.of("x", "y"), new long[][] {{1, 3}, {2, 0}}));
    var rects = doc.getElementsByTagName("rect");
    double a1 =
        Double.parseDouble(rects.item(0).getAttributes().getNamedItem("height").getNodeValue());
    double a2 =
        Double.parseDouble(rects.item(1).getAttributes().getNamedItem("height").getNodeValue());
    double b1 =
        Double.parseDouble(rects.item(2).getAttributes().getNamedItem("height").getNodeValue());
    assertThat(a1 + a2).isEqualTo(200.0);
    assertThat(b1).isEqualTo(100.0);
  }

  @Test
  void labelsAndTitlesAreEscapedSoNoMarkupGetsThrough() throws Exception {
    String hostile = "<script>alert(1)</script>\"'&";
    String svg =
        SvgCharts.stackedBars(
                "x\"y", hostile, List.of(hostile), List.of(hostile), new long[][] {{1}})
            + SvgCharts.lines("l", hostile, List.of(hostile), List.of(hostile), new long[][] {{1}})
            + SvgCharts.bars("b", hostile, List.of(hostile), new double[] {1.5});
    assertThat(svg)
        .doesNotContain("<script", "x\"y")
        .contains("&lt;script&gt;", "&quot;", "&#39;", "&amp;");
    for (String part : svg.split("(?=<svg )")) {
      Document doc = parse(part);
      assertThat(doc.getElementsByTagName("script").getLength()).isZero();
      assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile);
    }
  }

  @Test
  void aLineHasOnePointPerWeekAndEmptyChartsStayValid() throws Exception {
    Document doc =
        parse(
            SvgCharts.lines(
                "t",
                "trend",
                List.of("W47", "W48", "W49"),
                List.of("registered", "answered"),
                new long[][] {{1, 4, 2}, {0, 0, 3}}));
    var lines = doc.getElementsByTagName("polyline");
    assertThat(lines.getLength()).isEqualTo(2);
    assertThat(lines.item(0).getAttributes().getNamedItem("points").getNodeValue().split(" "))
        .hasSize(3);
    parse(SvgCharts.lines("e", "empty", List.of(), List.of(), new long[0][0]));
    parse(SvgCharts.stackedBars("e", "empty", List.of(), List.of(), new long[0][0]));
    parse(SvgCharts.bars("e", "empty", List.of(), new double[0]));
  }

  @Test
  void horizontalBarsWriteTheirValues() throws Exception {
    String svg =
        SvgCharts.bars("b", "per 1,000", List.of("Ақжол", "Қараоба"), new double[] {2.63, 0});
    parse(svg);
    assertThat(svg).contains(">2.63<", ">0<", ">Ақжол<");
  }
}
