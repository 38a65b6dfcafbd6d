package kz.kenes.forum.member;

import java.util.List;
import kz.kenes.forum.body.Body;

/** A body with the officials who serve it directly, as its public page shows them. */
public record BodyProfile(Body body, List<StaffAssignment> officials) {}
