package kz.kenes.web.dev;

import java.time.Instant;

/** One SMS the development centre received, as {@code GET /api/v1/dev/sms} shows it. */
public record ReceivedSms(String to, String text, Instant receivedAt) {}
