package kz.kenes.moderation.appeal;

import kz.kenes.forum.platform.Validation;

/**
 * What the law needs to know of an applicant (APPK article 63), checked: the full name, a valid IIN
 * and the address. Both the applicant's own submission and an operator's intake read it here.
 */
record ApplicantForm(String fullName, Iin iin, String address, String phone) {

  /** Reads the three fields into {@code check}; null when one of them is rejected. */
  static ApplicantForm read(Validation check, String fullName, String iinText, String address) {
    String name = check.requireLine("fullName", fullName, 3, AppealApplicant.NAME_MAX);
    Iin iin = null;
    if (iinText == null || iinText.isBlank()) {
      check.reject("iin", "validation.required");
    } else if (!Iin.isValid(iinText)) {
      check.reject("iin", "validation.iin");
    } else {
      iin = Iin.parse(iinText);
    }
    String place = check.requireText("address", address, 5, AppealApplicant.ADDRESS_MAX);
    return new ApplicantForm(name, iin, place, null);
  }

  /** The same, followed by this mobile number (E.164). */
  ApplicantForm withPhone(String e164) {
    return new ApplicantForm(fullName, iin, address, e164);
  }

  /** The applicant row of the appeal {@code appealId}. */
  AppealApplicant of(long appealId) {
    return new AppealApplicant(appealId, fullName, iin, address, phone);
  }
}
