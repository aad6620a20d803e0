package io.github.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Where a report goes: standard output, or a file given with {@code --out}. The file is checked
 * before any work is done (its folder exists, it is not a folder, it is not one of the inputs) and
 * written whole or not at all: a hidden temporary file in the same folder, then a rename. Problems are
 * {@link UsageError}s naming the file.
 */
final class ReportOutput {
  private final Optional<Path> file;

  private ReportOutput(Optional<Path> file) {
    this.file = file;
  }

  /** Standard output when {@code out} is null, else that file; refuses a file that is also an input. */
  static ReportOutput of(Path out, List<Path> inputs) {
    if (out == null) {
      return new ReportOutput(Optional.empty());
    }
    if (Files.isDirectory(out)) {
      throw new UsageError("cannot write --out " + out + ": it is a folder");
    }
    Path folder = folder(out);
    if (!Files.isDirectory(folder)) {
      throw new UsageError("cannot write --out " + out + ": no such folder " + folder);
    }
    for (Path input : inputs) {
      if (sameFile(out, input)) {
        throw new UsageError("cannot write --out " + out + ": it is an input (" + input + ")");
      }
    }
    return new ReportOutput(Optional.of(out));
  }

  void write(String report, PrintWriter stdout) {
    if (file.isEmpty()) {
      stdout.print(report);
      stdout.flush();
      return;
    }
    Path out = file.get();
    Path temporary = null;
    try {
      // Not Files.createTempFile: its owner-only permissions would carry over to the report.
      temporary = folder(out).resolve("." + out.getFileName() + ".crosscheck-tmp");
      Files.writeString(temporary, report, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (AccessDeniedException e) {
      throw new UsageError("cannot write --out " + out + ": permission denied (" + e.getFile() + ")");
    } catch (IOException e) {
      throw new UsageError("cannot write --out " + out + ": " + e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static Path folder(Path out) {
    Path parent = out.toAbsolutePath().getParent();
    return parent == null ? out.toAbsolutePath() : parent;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // cannot tell; writing will report any real problem
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The report was written or the error already reported; a stray temporary file is harmless.
    }
  }
}
