package kz.kenes.forum.body;

/** What kind of state body has a community page. */
public enum BodyKind {
  /** Akimat or akim's office (әкімдік / әкім аппараты). */
  EXECUTIVE,
  /** Maslikhat (мәслихат), the elected local council. */
  COUNCIL,
  /** A district department (аудандық бөлім). */
  DEPARTMENT
}
