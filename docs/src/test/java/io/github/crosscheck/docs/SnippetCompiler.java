package io.github.crosscheck.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles the Java snippets of one page together (so a test shown on a page can use a class shown
 * above it) against the test classpath, with {@code javax.tools.JavaCompiler}. Errors and warnings
 * name the page and line of the snippet, not the generated source.
 */
final class SnippetCompiler {
  private SnippetCompiler() {}

  /** The class loader of the compiled snippets; the test classpath is its parent. */
  static ClassLoader compile(List<JavaSnippet> snippets, Path outputFolder) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new AssertionError("no Java compiler in this runtime: the docs tests need a JDK, not a JRE");
    }
    Map<JavaFileObject, JavaSnippet> sources = new HashMap<>();
    for (JavaSnippet snippet : snippets) {
      sources.put(new Source(snippet), snippet);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-d", outputFolder.toString(), "-classpath", classpath(),
        "--release", "17", "-Xlint:all,-processing,-serial", "-proc:none", "-encoding", "UTF-8");
    boolean ok = compiler.getTask(null, null, diagnostics, options, null, sources.keySet()).call();
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        JavaSnippet snippet = sources.get(d.getSource());
        String where = snippet == null ? "?" : snippet.block().page().getFileName() + ":" + snippet.pageLine(d.getLineNumber());
        problems.add(where + ": " + d.getKind().name().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ENGLISH));
      }
    }
    if (!ok || !problems.isEmpty()) {
      throw new AssertionError("Java snippets do not compile cleanly:\n" + String.join("\n", problems));
    }
    try {
      return new URLClassLoader(new URL[] {outputFolder.toUri().toURL()}, SnippetCompiler.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh temporary folder for compiled classes. */
  static Path outputFolder() {
    try {
      return Files.createTempDirectory("crosscheck-doc-snippets-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test classpath; Surefire may hide it behind a manifest-only jar, but names it here. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, path.split(File.pathSeparator));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(JavaSnippet snippet) {
      super(URI.create("string:///" + snippet.packagePath().map(p -> p + "/").orElse("") + snippet.typeName()
          + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = snippet.source();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
