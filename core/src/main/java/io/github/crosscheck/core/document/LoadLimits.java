package io.github.crosscheck.core.document;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The bounds a loader enforces so hostile input cannot exhaust memory: the largest document (in
 * characters of text) and the most documents one load may return. Exceeding either is a typed
 * {@link InputException} ({@code TOO_LARGE}, {@code TOO_MANY_DOCUMENTS}), never a silent cut.
 */
public record LoadLimits(int maxDocumentChars, int maxDocuments) {

  /** 8 million characters per document (a long transcript), one million documents per load. */
  public static final LoadLimits DEFAULT = new LoadLimits(8_000_000, 1_000_000);

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
