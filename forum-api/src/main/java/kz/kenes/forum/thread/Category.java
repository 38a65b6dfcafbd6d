package kz.kenes.forum.thread;

/**
 * The subject of a thread: the categories of the official appeal statistics, plus roads, water
 * supply and lighting, which residents raise most.
 */
public enum Category {
  ROADS,
  WATER_SUPPLY,
  LIGHTING,
  HOUSING_COMMUNAL,
  HOUSING,
  LAND,
  LABOUR,
  SOCIAL_SECURITY,
  EDUCATION,
  HEALTH,
  OTHER
}
