package kz.kenes.moderation.transparency;

import java.time.YearMonth;
import java.util.Map;

/**
 * A body's public monthly summary of moderation and appeals, in the spirit of the EU Digital
 * Services Act's transparency reports: counts only, never who or what. Maps are keyed by enum
 * names, in their declaration order, and list zero counts too.
 */
public record TransparencyReport(
    String body,
    YearMonth month,
    long flags,
    Map<String, Long> flagsByReason,
    Map<String, Long> decisionsByAction,
    long appealsRegistered,
    Map<String, Long> appealsAnsweredByResult,
    long appealsRedirected,
    long appealsOverdue,
    long appealsAnsweredLate) {}
