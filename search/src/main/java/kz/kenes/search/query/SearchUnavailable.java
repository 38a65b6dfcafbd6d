package kz.kenes.search.query;

import kz.kenes.forum.platform.DomainException;

/** 503: the index cannot answer now (it is being rebuilt from scratch); try again shortly. */
public final class SearchUnavailable extends DomainException {
  private static final long serialVersionUID = 1L;

  public SearchUnavailable() {
    super("error.search.unavailable");
  }

  @Override
  public int status() {
    return 503;
  }
}
