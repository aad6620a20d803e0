package io.github.crosscheck.core.document;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The bounds a loader enforces so hostile input cannot exhaust memory: the largest document (in
 * characters of text) and the most documents one load may return. Exceeding either is a typed
 * {@link InputException} ({@code TOO_LARGE}, {@code TOO_MANY_DOCUMENTS}), never a silent cut.
 */
public record LoadLimits(int maxDocumentChars, int maxDocuments) {

  /** The default largest document: 8 million characters (a long transcript). */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 8_000_000;
  /** The default most documents one load may return: one million. */
  public static final int DEFAULT_MAX_DOCUMENTS = 1_000_000;
  /** The default limits: {@link #DEFAULT_MAX_DOCUMENT_CHARS} and {@link #DEFAULT_MAX_DOCUMENTS}. */
  public static final LoadLimits DEFAULT = new LoadLimits(DEFAULT_MAX_DOCUMENT_CHARS, DEFAULT_MAX_DOCUMENTS);

  public LoadLimits {
    checkArgument(maxDocumentChars > 0, "maxDocumentChars must be positive, got %s", maxDocumentChars);
    checkArgument(maxDocuments > 0, "maxDocuments must be positive, got %s", maxDocuments);
  }

  public LoadLimits withMaxDocumentChars(int chars) {
    return new LoadLimits(chars, maxDocuments);
  }

  public LoadLimits withMaxDocuments(int count) {
    return new LoadLimits(maxDocumentChars, count);
  }
}
