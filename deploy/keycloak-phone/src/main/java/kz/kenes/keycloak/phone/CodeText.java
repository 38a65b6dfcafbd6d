package kz.kenes.keycloak.phone;

/**
 * The sign-in SMS: the code and the name Kenes, in Kazakh and Russian, nothing else (no name, no
 * link), one UCS-2 segment (at most 70 characters).
 */
final class CodeText {
  private CodeText() {}

  static String of(String code) {
    return code + " — Kenes кіру коды / код входа в Kenes";
  }
}
