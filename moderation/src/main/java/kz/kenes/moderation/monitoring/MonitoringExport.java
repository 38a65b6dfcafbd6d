package kz.kenes.moderation.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.kenes.moderation.monitoring.MonitoringReport.Row;

/**
 * The monitoring's rows as CSV and XLSX: the first row holds the JSON field names ({@code body},
 * {@code category}, …), then one line per row of the report. The XLSX is the smallest valid Office
 * Open XML workbook (one sheet, inline strings, numbers as numbers), written here rather than with
 * a spreadsheet library the server would carry only for this.
 */
public final class MonitoringExport {
  public static final List<String> COLUMNS =
      List.of(
          "body",
          "category",
          "channel",
          "registered",
          "answered",
          "answeredOnTime",
          "overdue",
          "redirected",
          "medianDaysToAnswer");

  private MonitoringExport() {}

  /** The cells of each row, in {@link #COLUMNS} order: strings and numbers (null: empty). */
  static List<List<Object>> cells(MonitoringReport report) {
    List<List<Object>> lines = new ArrayList<>();
    for (Row r : report.rows()) {
      List<Object> line = new ArrayList<>();
      line.add(r.body());
      line.add(r.category());
      line.add(r.channel());
      line.add(r.registered());
      line.add(r.answered());
      line.add(r.answeredOnTime());
      line.add(r.overdue());
      line.add(r.redirected());
      line.add(r.medianDaysToAnswer());
      lines.add(line);
    }
    return lines;
  }

  /** RFC 4180 CSV, UTF-8, CRLF line ends. */
  public static String csv(MonitoringReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", COLUMNS)).append("\r\n");
    for (List<Object> line : cells(report)) {
      for (int i = 0; i < line.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(csvCell(line.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof Double d ? number(d) : value.toString();
    if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text; // never a formula when opened in a spreadsheet
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** One-sheet XLSX workbook named after the week. */
  public static byte[] xlsx(MonitoringReport report) {
    List<List<Object>> lines = new ArrayList<>();
    lines.add(new ArrayList<>(COLUMNS));
    lines.addAll(cells(report));
    StringBuilder sheet = new StringBuilder();
    sheet.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>");
    for (int r = 0; r < lines.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<Object> line = lines.get(r);
      for (int c = 0; c < line.size(); c++) {
        Object value = line.get(c);
        String ref = column(c) + (r + 1);
        if (value == null) {
          continue;
        }
        if (value instanceof Number n) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\"><v>")
              .append(n instanceof Double d ? number(d) : n.toString())
              .append("</v></c>");
        } else {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" t=\"inlineStr\"><is><t>")
              .append(xml(value.toString()))
              .append("</t></is></c>");
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\""
              + xml(report.week())
              + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "</Relationships>");
      put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  private static String number(Double d) {
    return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
  }

  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
