package kz.kenes.search.query;

import kz.kenes.forum.platform.DomainException;

/**
 * 503: the index cannot answer now (it is being rebuilt from scratch, or OpenSearch cannot be
 * reached); try again shortly. The response carries {@code Retry-After}.
 */
public final class SearchUnavailable extends DomainException {
  private static final long serialVersionUID = 1L;

  public SearchUnavailable() {
    super("error.search.unavailable");
  }

  @Override
  public int status() {
    return 503;
  }

  /**
   * Whether a failure of Hibernate Search means the index cannot be reached now (OpenSearch down,
   * refusing connections, timing out or answering 5xx) rather than a wrong request.
   */
  public static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException
          || t instanceof org.hibernate.search.util.common.SearchTimeoutException) {
        return true;
      }
      String message = t.getMessage();
      // the Elasticsearch backend's status line, e.g. "HSEARCH400007: ... Status: 503"
      if (message != null && message.matches("(?s).*(Status( code)?|Response): 5\\d\\d.*")) {
        return true;
      }
    }
    return false;
  }
}
