package kz.kenes.forum.thread;

import java.util.List;
import java.util.Optional;

/** One page of threads and where the next page starts, if there is one. */
public record ThreadPage(List<Thread> threads, Optional<ThreadCursor> next) {}
