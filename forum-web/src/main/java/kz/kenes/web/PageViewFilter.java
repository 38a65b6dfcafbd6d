package kz.kenes.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.forum.metrics.PageViews;
import kz.kenes.moderation.limits.ClientAddress;

/**
 * Counts a view of a body's page or a thread page for the monitoring (issue 16), around whatever
 * serves it — the page cache included — after the response is written, in memory only ({@link
 * PageViews} adds the counts to the database every few seconds).
 */
@WebFilter(urlPatterns = {"/bodies/*", "/threads/*"})
public class PageViewFilter extends HttpFilter {
  static final Pattern COUNTED = Pattern.compile("/(bodies|threads)/([a-z0-9-]{1,80}|\\d{1,18})/?");

  @Inject PageViews views;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String target = target(request.getRequestURI().substring(request.getContextPath().length()));
    int status = response.getStatus();
    if (target != null && (status < 300 || status == 304)) {
      try {
        views.viewed(target, ClientAddress.of(request), request.getHeader("User-Agent"));
      } catch (RuntimeException notCounted) {
        // a view that cannot be counted never fails the page
      }
    }
  }

  /** {@code body:<slug>} or {@code thread:<id>} for a counted page, else null. */
  static String target(String path) {
    Matcher m = COUNTED.matcher(path);
    if (!m.matches()) {
      return null;
    }
    return (m.group(1).equals("bodies") ? "body:" : "thread:") + m.group(2);
  }
}
