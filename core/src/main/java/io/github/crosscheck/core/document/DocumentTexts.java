package io.github.crosscheck.core.document;

import io.github.crosscheck.core.document.InputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and validates article text: size limit, strict UTF-8, not empty. */
final class DocumentTexts {
  private DocumentTexts() {}

  /** The whole file as text, checked against the limits. */
  static String readFile(Path path, LoadLimits limits) {
    String source = path.toString();
    byte[] bytes;
    try {
      // UTF-8 never has fewer bytes than UTF-16 chars, so four bytes a char bounds any valid text.
      long size = Files.size(path);
      if (size > 4L * limits.maxDocumentChars()) {
        throw tooLarge(source, 0, limits);
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw InputException.of(Problem.MISSING_FILE, source, "no such file");
    } catch (IOException e) {
      throw InputException.of(Problem.UNREADABLE, source, "cannot read: " + e.getMessage());
    }
    String text = StrictUtf8.decode(bytes, source, 0);
    return checked(text, source, 0, limits);
  }

  /** Checks a text already decoded: not blank, within the size limit. */
  static String checked(String text, String source, int line, LoadLimits limits) {
    if (text.length() > limits.maxDocumentChars()) {
      throw tooLarge(source, line, limits);
    }
    if (text.isBlank()) {
      throw InputException.at(Problem.EMPTY_TEXT, source, line, 0, "the article text is empty");
    }
    return text;
  }

  private static InputException tooLarge(String source, int line, LoadLimits limits) {
    return InputException.at(Problem.TOO_LARGE, source, line, 0,
        "the article exceeds the limit of " + limits.maxDocumentChars() + " characters");
  }
}
