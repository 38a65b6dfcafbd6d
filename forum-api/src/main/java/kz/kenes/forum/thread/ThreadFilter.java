package kz.kenes.forum.thread;

import java.util.Optional;

/** What a list of a body's threads is narrowed to; empty parts mean "any". */
public record ThreadFilter(
    Optional<ThreadType> type, Optional<Category> category, Optional<ThreadStatus> status) {
  public static final ThreadFilter ANY =
      new ThreadFilter(Optional.empty(), Optional.empty(), Optional.empty());

  /** The filter as typed in a query string; an unknown value is a 400 naming its field. */
  public static ThreadFilter parse(String type, String category, String status) {
    kz.kenes.forum.platform.Validation check = new kz.kenes.forum.platform.Validation();
    ThreadFilter filter =
        new ThreadFilter(
            check.optionalEnum("type", type, ThreadType.class),
            check.optionalEnum("category", category, Category.class),
            check.optionalEnum("status", status, ThreadStatus.class));
    check.throwIfInvalid();
    return filter;
  }
}
