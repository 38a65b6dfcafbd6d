package kz.kenes.moderation.appeal;

import java.util.List;

/** An appeal with its steps, oldest first: what every appeal service answers. */
public record AppealDetails(Appeal appeal, List<AppealStep> steps) {}
