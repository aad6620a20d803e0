package io.github.crosscheck.core.claim;

/** What kind of thing an {@link Entity} is. */
public enum EntityType {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  PRODUCT,
  PLACE,
  /** A name found in the text that the gazetteer does not know and no title classifies. */
  UNKNOWN
}
