package kz.kenes.moderation.appeal;

/** The applicant's answer to "Was your problem solved?". */
public enum Satisfaction {
  YES,
  PARTLY,
  NO
}
