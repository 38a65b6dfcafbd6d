package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.kenes.moderation.monitoring.MonitoringReport.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MonitoringExportTest {
  static MonitoringReport report(List<Row> rows) {
    return new MonitoringReport(
        "2026-W49",
        "aktogay-district-akimat",
        12500,
        rows,
        MonitoringService.totals(rows, 3.0, 12500),
        MonitoringService.totals(List.of(), null, 12500),
        new MonitoringReport.SatisfactionFigures(0, 0, 0, 0),
        new MonitoringReport.Community(0, 0, 0, 0, 0, 0),
        0,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  static final List<Row> ROWS =
      List.of(
          new Row("akzhol-rural-district", "WATER_SUPPLY", "ORAL", 3, 2, 1, 0, 0, 4.5),
          new Row("aktogay-rural-district", "ROADS", "WEB", 1, 0, 0, 1, 1, null));

  @Test
  void theCsvStartsWithTheJsonFieldNamesAndHoldsTheRowsFigures() {
    String csv = MonitoringExport.csv(report(ROWS));
    String[] lines = csv.split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "body,category,channel,registered,answered,answeredOnTime,overdue,redirected,medianDaysToAnswer");
    assertThat(lines[1]).isEqualTo("akzhol-rural-district,WATER_SUPPLY,ORAL,3,2,1,0,0,4.5");
    assertThat(lines[2]).isEqualTo("aktogay-rural-district,ROADS,WEB,1,0,0,1,1,");
    assertThat(lines).hasSize(3);
  }

  @Test
  void csvCellsAreQuotedAndNeverFormulas() {
    assertThat(MonitoringExport.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(MonitoringExport.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(MonitoringExport.csvCell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(MonitoringExport.csvCell(null)).isEmpty();
    assertThat(MonitoringExport.csvCell(2.0)).isEqualTo("2");
  }

  @Test
  void theXlsxIsAZipOfWellFormedPartsWithTheSameCells() throws Exception {
    byte[] xlsx = MonitoringExport.xlsx(report(ROWS));
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(parts)
        .containsKeys(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String part : parts.values()) {
      factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
    }
    Document sheet =
        factory
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    parts.get("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8)));
    var cells = sheet.getElementsByTagName("c");
    assertThat(cells.item(0).getTextContent()).isEqualTo("body");
    assertThat(cells.item(8).getTextContent()).isEqualTo("medianDaysToAnswer");
    assertThat(cells.item(9).getTextContent()).isEqualTo("akzhol-rural-district");
    assertThat(cells.item(12).getAttributes().getNamedItem("r").getNodeValue()).isEqualTo("D2");
    assertThat(cells.item(12).getTextContent()).isEqualTo("3");
  }

  @Test
  void columnNamesGoPastZ() {
    assertThat(MonitoringExport.column(0)).isEqualTo("A");
    assertThat(MonitoringExport.column(25)).isEqualTo("Z");
    assertThat(MonitoringExport.column(26)).isEqualTo("AA");
    assertThat(MonitoringExport.xml("a<b&\"c\u0001")).isEqualTo("a&lt;b&amp;&quot;c");
  }

  @Test
  void aSpreadsheetLibraryReadsTheXlsxAsTheSameSheetOfNumbersAndTexts() throws Exception {
    Row odd = new Row("a<b&\"c\"", "=SUM(A1)", "WEB", 7, 0, 0, 0, 0, 0.25);
    List<Row> rows = new java.util.ArrayList<>(ROWS);
    rows.add(odd);
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new ByteArrayInputStream(MonitoringExport.xlsx(report(rows))))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("2026-W49");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      var header = sheet.getRow(0);
      for (int c = 0; c < MonitoringExport.COLUMNS.size(); c++) {
        assertThat(header.getCell(c).getStringCellValue())
            .isEqualTo(MonitoringExport.COLUMNS.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        var line = sheet.getRow(r + 1);
        assertThat(line.getCell(0).getStringCellValue()).isEqualTo(row.body());
        assertThat(line.getCell(1).getStringCellValue()).isEqualTo(row.category());
        assertThat(line.getCell(1).getCellType())
            .as("text that looks like a formula stays text")
            .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(line.getCell(2).getStringCellValue()).isEqualTo(row.channel());
        long[] figures = {
          row.registered(), row.answered(), row.answeredOnTime(), row.overdue(), row.redirected()
        };
        for (int c = 0; c < figures.length; c++) {
          assertThat(line.getCell(3 + c).getCellType())
              .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
          assertThat(line.getCell(3 + c).getNumericCellValue()).isEqualTo(figures[c]);
        }
        if (row.medianDaysToAnswer() == null) {
          assertThat(line.getCell(8)).isNull();
        } else {
          assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(row.medianDaysToAnswer());
        }
      }
    }
  }
}
