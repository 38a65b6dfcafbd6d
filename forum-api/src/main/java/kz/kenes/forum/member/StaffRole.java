package kz.kenes.forum.member;

import kz.kenes.forum.platform.Role;

/** How a member serves a body. The matching realm role is needed as well. */
public enum StaffRole {
  /** Answers in the body's name: official answers, announcements, confirmed information. */
  OFFICIAL(Role.OFFICIAL),
  /** Reviews flags and escalates posts of the body. */
  MODERATOR(Role.MODERATOR),
  /**
   * Heads the body (or deputises for its head): decides on extending the term of a formal appeal.
   * Needs the official realm role.
   */
  HEAD(Role.OFFICIAL),
  /**
   * Works at the body's reception desk or call centre: registers appeals that residents bring
   * orally, by phone, on paper or through a social network, on their behalf.
   */
  OPERATOR(Role.OPERATOR);

  private final Role realmRole;

  StaffRole(Role realmRole) {
    this.realmRole = realmRole;
  }

  public Role realmRole() {
    return realmRole;
  }
}
