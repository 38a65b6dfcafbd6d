package kz.kenes.forum.thread.api;

import java.util.List;

/** A page of threads; {@code next} is the cursor of the following page, or null on the last. */
public record ThreadListView(List<ThreadSummaryView> items, String next) {}
