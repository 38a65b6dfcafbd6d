package kz.kenes.search.query;

/** A thread whose title resembles one being composed. */
public record SimilarThread(long id, String title, String status, float score) {}
