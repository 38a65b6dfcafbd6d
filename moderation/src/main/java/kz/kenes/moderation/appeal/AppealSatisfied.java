package kz.kenes.moderation.appeal;

import java.time.Instant;
import kz.kenes.forum.thread.Category;

/** The applicant said whether the answer solved the problem (fired in that transaction). */
public record AppealSatisfied(
    long appealId,
    long bodyId,
    Category category,
    AppealChannel channel,
    Satisfaction answer,
    Instant at) {}
