package kz.kenes.forum.platform;

import java.util.Locale;

/** Realm roles granted by Keycloak. Which bodies an official or moderator serves is Kenes data. */
public enum Role {
  RESIDENT,
  OFFICIAL,
  MODERATOR,
  /**
   * Staff of a reception desk or call centre: takes appeals for residents (which bodies: Kenes
   * data).
   */
  OPERATOR,
  ADMIN;

  /** The role's name in the Keycloak realm and in {@code isUserInRole}. */
  public String realmName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
