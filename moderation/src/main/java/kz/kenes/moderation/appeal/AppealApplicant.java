package kz.kenes.moderation.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kenes.moderation.privacy.DataKeys;
import kz.kenes.moderation.privacy.PersonalData;

/**
 * What the law needs to know of the applicant (APPK article 63): full name, IIN and address, and
 * for an appeal taken at intake the mobile number it is followed by. Kept apart from the appeal,
 * never shown publicly, never logged (its {@link #toString} masks the IIN), and every read goes
 * through {@link AppealQueries#personalData}, which writes an audit row. All are encrypted at rest
 * ({@link PersonalData}); {@code iin_hash} and {@code phone_hash} are keyed hashes, for lookups by
 * IIN and for claiming by phone.
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

  /** The mobile number (E.164) an appeal taken at intake is followed by, or null. */
  @Convert(converter = PersonalData.class)
  @Column
  private String phone;

  @Column(name = "phone_hash")
  private String phoneHash;

  protected AppealApplicant() {}

  AppealApplicant(long appealId, String fullName, Iin iin, String address, String phone) {
    this.appealId = appealId;
    this.fullName = fullName;
    this.iin = iin.value();
    this.iinHash = DataKeys.cipher().hash(iin.value());
    this.address = address;
    this.phone = phone;
    this.phoneHash = phone == null ? null : DataKeys.cipher().hash(phone);
  }

  /** The same applicant's row for another appeal (a redirect's successor, a complaint). */
  AppealApplicant copyFor(long otherAppealId) {
    return new AppealApplicant(otherAppealId, fullName, iin(), address, phone);
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

  /** The mobile number the appeal was taken for (intake), if any. */
  public java.util.Optional<String> phone() {
    return java.util.Optional.ofNullable(phone);
  }

  @Override
  public String toString() {
    return "AppealApplicant[appeal " + appealId + "]";
  }
}
