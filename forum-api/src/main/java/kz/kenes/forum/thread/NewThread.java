package kz.kenes.forum.thread;

/** What an author submits to open a thread, as typed: checked by {@link ThreadService#open}. */
public record NewThread(String type, String title, String body, String category) {}
