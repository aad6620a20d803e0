package io.github.crosscheck.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code java} block of a page, as source the compiler takes. A block that declares a top-level
 * type ({@code class}, {@code record}, {@code interface}, {@code enum} at the start of a line) is a
 * compilation unit and compiles as written, imports included, so a reader can copy it. Any other
 * block is a fragment of statements: its leading {@code import} lines stay imports, the rest becomes
 * the body of a method, and the public crosscheck packages are imported for it.
 */
record JavaSnippet(Markdown.Block block, String packageName, String typeName, String source) {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(public\\s+)?(?:(?:final|abstract|sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
  private static final Pattern MAIN = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(");
  private static final Pattern TEST = Pattern.compile("@(?:Test|ParameterizedTest|TestFactory)\\b");

  /** What a fragment may use without importing it. */
  static final List<String> FRAGMENT_IMPORTS = List.of(
      "java.math", "java.nio.file", "java.time", "java.util", "com.google.common.collect",
      "io.github.crosscheck.core.claim", "io.github.crosscheck.core.document", "io.github.crosscheck.core.normalize",
      "io.github.crosscheck.core.text", "io.github.crosscheck.rules", "io.github.crosscheck.rules.event",
      "io.github.crosscheck.rules.report", "io.github.crosscheck.fixtures", "io.github.crosscheck.fixtures.gold",
      "io.github.crosscheck.fixtures.harness", "io.github.crosscheck.fixtures.score");

  static JavaSnippet of(Markdown.Block block) {
    String code = block.code();
    Matcher type = TYPE.matcher(code);
    if (type.find()) {
      Matcher pkg = PACKAGE.matcher(code);
      String packageName = pkg.find() ? pkg.group(1) : "";
      String name = type.group(2);
      Matcher publicType = TYPE.matcher(code);
      while (publicType.find()) {
        if (publicType.group(1) != null) {
          name = publicType.group(2);
          break;
        }
      }
      return new JavaSnippet(block, packageName, name, code);
    }
    return fragment(block);
  }

  private static JavaSnippet fragment(Markdown.Block block) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : block.code().split("\n", -1)) {
      if (body.isEmpty() && (line.startsWith("import ") || line.isBlank())) {
        imports.add(line);
      } else {
        body.add(line);
      }
    }
    String name = "Snippet_" + block.page().getFileName().toString().replaceAll("\\W", "_") + "_" + block.line();
    StringBuilder source = new StringBuilder();
    imports.forEach(i -> source.append(i).append('\n'));
    // The generated header shares the first body line, so source lines are page lines.
    FRAGMENT_IMPORTS.forEach(p -> source.append("import ").append(p).append(".*; "));
    source.append("class ").append(name).append(" { void snippet() throws Exception { ");
    source.append(String.join("\n", body)).append("\n}}\n");
    return new JavaSnippet(block, "", name, source.toString());
  }

  boolean isFragment() {
    return typeName.startsWith("Snippet_");
  }

  /** A compilation unit with a {@code public static void main}. */
  boolean hasMain() {
    return !isFragment() && MAIN.matcher(source).find();
  }

  /** A compilation unit with JUnit tests. */
  boolean hasTests() {
    return !isFragment() && TEST.matcher(source).find();
  }

  String binaryName() {
    return packageName.isEmpty() ? typeName : packageName + "." + typeName;
  }

  /** The page line of a line of {@link #source()}. */
  int pageLine(long sourceLine) {
    return block.line() + (int) sourceLine - 1;
  }

  Optional<String> packagePath() {
    return packageName.isEmpty() ? Optional.empty() : Optional.of(packageName.replace('.', '/'));
  }
}
