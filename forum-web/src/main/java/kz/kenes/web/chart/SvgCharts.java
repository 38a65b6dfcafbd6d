package kz.kenes.web.chart;

import java.util.List;
import java.util.Locale;

/**
 * Small server-rendered SVG charts for pages that work without JavaScript (ADR 0010): stacked bars,
 * lines and horizontal bars, each with a {@code <title>} and the given labels, every text escaped
 * here. Each chart is a fixed {@code viewBox} scaled to the page's width, so it reads on a phone.
 * Pages show the same figures in a table beside each chart.
 */
public final class SvgCharts {
  static final int WIDTH = 640;
  static final String[] COLOURS = {
    "#1b6ca8", "#e07a1f", "#2e8b57", "#c0392b", "#7d3c98", "#8c6d1f",
    "#17a2b8", "#d35d9c", "#5d6d7e", "#9aa62b", "#34495e", "#b03a2e"
  };

  private SvgCharts() {}

  /**
   * Vertical bars, one per {@code bars} label, each stacked from {@code values[bar][series]} with a
   * legend of {@code series}.
   */
  public static String stackedBars(
      String id, String title, List<String> bars, List<String> series, long[][] values) {
    int left = 40;
    int top = 30;
    int plotHeight = 200;
    int legendRows = (series.size() + 2) / 3;
    int labelSpace = 70;
    int height = top + plotHeight + labelSpace + legendRows * 18 + 10;
    long max = 1;
    for (long[] bar : values) {
      long sum = 0;
      for (long v : bar) {
        sum += v;
      }
      max = Math.max(max, sum);
    }
    StringBuilder svg = open(id, title, height);
    axis(svg, left, top, plotHeight, max);
    int slot = bars.isEmpty() ? 0 : (WIDTH - left - 10) / bars.size();
    int barWidth = Math.max(4, Math.min(48, slot - 8));
    for (int b = 0; b < bars.size(); b++) {
      int x = left + b * slot + (slot - barWidth) / 2;
      double y = top + plotHeight;
      for (int s = 0; s < series.size(); s++) {
        long v = values[b][s];
        if (v <= 0) {
          continue;
        }
        double h = v * (double) plotHeight / max;
        y -= h;
        svg.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(fmt(y))
            .append("\" width=\"")
            .append(barWidth)
            .append("\" height=\"")
            .append(fmt(h))
            .append("\" fill=\"")
            .append(colour(s))
            .append("\"><title>")
            .append(escape(bars.get(b) + " · " + series.get(s) + ": " + v))
            .append("</title></rect>");
      }
      int lx = x + barWidth / 2;
      int ly = top + plotHeight + 12;
      svg.append("<text x=\"")
          .append(lx)
          .append("\" y=\"")
          .append(ly)
          .append("\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 ")
          .append(lx)
          .append(' ')
          .append(ly)
          .append(")\">")
          .append(escape(shorten(bars.get(b))))
          .append("</text>");
    }
    legend(svg, series, top + plotHeight + labelSpace);
    return svg.append("</svg>").toString();
  }

  /** Lines over {@code x} labels, one per {@code series}: {@code values[series][x]}. */
  public static String lines(
      String id, String title, List<String> x, List<String> series, long[][] values) {
    int left = 40;
    int top = 30;
    int plotHeight = 200;
    int legendRows = (series.size() + 2) / 3;
    int height = top + plotHeight + 40 + legendRows * 18 + 10;
    long max = 1;
    for (long[] line : values) {
      for (long v : line) {
        max = Math.max(max, v);
      }
    }
    StringBuilder svg = open(id, title, height);
    axis(svg, left, top, plotHeight, max);
    double step = x.size() <= 1 ? 0 : (WIDTH - left - 20) / (double) (x.size() - 1);
    for (int s = 0; s < series.size(); s++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < x.size(); i++) {
        double px = left + 5 + i * step;
        double py = top + plotHeight - values[s][i] * (double) plotHeight / max;
        points.append(fmt(px)).append(',').append(fmt(py)).append(' ');
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(colour(s))
          .append("\" points=\"")
          .append(points.toString().strip())
          .append("\"><title>")
          .append(escape(series.get(s)))
          .append("</title></polyline>");
    }
    for (int i = 0; i < x.size(); i += Math.max(1, x.size() / 6)) {
      svg.append("<text x=\"")
          .append(fmt(left + 5 + i * step))
          .append("\" y=\"")
          .append(top + plotHeight + 16)
          .append("\" font-size=\"11\" text-anchor=\"middle\">")
          .append(escape(x.get(i)))
          .append("</text>");
    }
    legend(svg, series, top + plotHeight + 40);
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, with the value written after each. */
  public static String bars(String id, String title, List<String> labels, double[] values) {
    int top = 30;
    int row = 22;
    int labelWidth = 200;
    int height = top + labels.size() * row + 10;
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    max = max <= 0 ? 1 : max;
    StringBuilder svg = open(id, title, height);
    for (int i = 0; i < labels.size(); i++) {
      int y = top + i * row;
      double w = values[i] * (WIDTH - labelWidth - 60) / max;
      svg.append("<text x=\"")
          .append(labelWidth - 6)
          .append("\" y=\"")
          .append(y + 14)
          .append("\" font-size=\"12\" text-anchor=\"end\">")
          .append(escape(shorten(labels.get(i))))
          .append("</text><rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(fmt(w))
          .append("\" height=\"")
          .append(row - 6)
          .append("\" fill=\"")
          .append(colour(0))
          .append("\"/><text x=\"")
          .append(fmt(labelWidth + w + 4))
          .append("\" y=\"")
          .append(y + 14)
          .append("\" font-size=\"12\">")
          .append(escape(number(values[i])))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder svg = new StringBuilder(4096);
    String titleId = escape(id) + "-title";
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(escape(id))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
        .append("<title id=\"")
        .append(titleId)
        .append("\">")
        .append(escape(title))
        .append("</title><text x=\"4\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>");
    return svg;
  }

  private static void axis(StringBuilder svg, int left, int top, int plotHeight, long max) {
    svg.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(top + plotHeight)
        .append("\" x2=\"")
        .append(WIDTH - 5)
        .append("\" y2=\"")
        .append(top + plotHeight)
        .append("\" stroke=\"#888\"/>");
    svg.append("<text x=\"")
        .append(left - 4)
        .append("\" y=\"")
        .append(top + 4)
        .append("\" font-size=\"11\" text-anchor=\"end\">")
        .append(max)
        .append("</text><text x=\"")
        .append(left - 4)
        .append("\" y=\"")
        .append(top + plotHeight)
        .append("\" font-size=\"11\" text-anchor=\"end\">0</text>");
  }

  private static void legend(StringBuilder svg, List<String> series, int y0) {
    int col = (WIDTH - 10) / 3;
    for (int s = 0; s < series.size(); s++) {
      int x = 5 + (s % 3) * col;
      int y = y0 + (s / 3) * 18;
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"10\" height=\"10\" fill=\"")
          .append(colour(s))
          .append("\"/><text x=\"")
          .append(x + 14)
          .append("\" y=\"")
          .append(y + 9)
          .append("\" font-size=\"11\">")
          .append(escape(shorten(series.get(s))))
          .append("</text>");
    }
  }

  static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static String shorten(String text) {
    return text.length() > 32 ? text.substring(0, 31) + "…" : text;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Escapes text for SVG (XML) content and attributes. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
