package kz.kenes.search.query;

/** A search as asked for, unchecked: the query and the optional filters, as on the wire. */
public record SearchRequest(
    String q, String body, String category, String type, String status, String page) {}
