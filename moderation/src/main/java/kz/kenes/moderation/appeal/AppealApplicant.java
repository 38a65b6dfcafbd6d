package kz.kenes.moderation.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kenes.moderation.privacy.DataKeys;
import kz.kenes.moderation.privacy.PersonalData;

/**
 * What the law needs to know of the applicant (APPK article 63): full name, IIN and address. Kept
 * apart from the appeal, never shown publicly, never logged (its {@link #toString} masks the IIN),
 * and every read goes through {@link AppealQueries#personalData}, which writes an audit row. All
 * three are encrypted at rest ({@link PersonalData}); {@code iin_hash} is the IIN's keyed hash, for
 * lookups by IIN.
 */
@Entity
@Table(name = "appeal_applicant")
public class AppealApplicant {
  public static final int NAME_MAX = 200;
  public static final int ADDRESS_MAX = 500;

  @Id
  @Column(name = "appeal_id")
  private Long appealId;

  @Convert(converter = PersonalData.class)
  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Convert(converter = PersonalData.class)
  @Column(nullable = false)
  private String iin;

  @Column(name = "iin_hash")
  private String iinHash;

  @Convert(converter = PersonalData.class)
  @Column(nullable = false)
  private String address;

  protected AppealApplicant() {}

  AppealApplicant(long appealId, String fullName, Iin iin, String address) {
    this.appealId = appealId;
    this.fullName = fullName;
    this.iin = iin.value();
    this.iinHash = DataKeys.cipher().hash(iin.value());
    this.address = address;
  }

  /** The same applicant's row for another appeal (a redirect's successor, a complaint). */
  AppealApplicant copyFor(long otherAppealId) {
    return new AppealApplicant(otherAppealId, fullName, iin(), address);
  }

  public String fullName() {
    return fullName;
  }

  public Iin iin() {
    return new Iin(iin);
  }

  public String address() {
    return address;
  }

  @Override
  public String toString() {
    return "AppealApplicant[appeal " + appealId + "]";
  }
}
