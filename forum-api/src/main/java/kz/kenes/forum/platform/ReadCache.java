package kz.kenes.forum.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Values read from the database that every visitor shares (such as a body's weekly monitoring),
 * kept on the node until anything is written through JPA on any node of the cluster, and at most
 * {@code maxAge} — for what changes without a JPA write (page-view counters written with plain SQL,
 * the passing of time). forum-web implements it with its page cache.
 */
public interface ReadCache {
  /** The value kept under {@code key}, or {@code read} now (and kept) when none is current. */
  <T> T remember(String key, Duration maxAge, Supplier<T> read);
}
