package kz.kenes.forum.body;

/** The administrative level a body works at. */
public enum BodyLevel {
  REGION,
  DISTRICT,
  RURAL_DISTRICT
}
