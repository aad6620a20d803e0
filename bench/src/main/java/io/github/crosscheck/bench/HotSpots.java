package io.github.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the execution samples of Flight Recorder files (as JMH's {@code -prof jfr} writes
 * them) three ways: the method on top of the stack (self time), the first crosscheck method on the
 * stack (the project code responsible for that time, library calls included), the first method
 * outside the JDK (so OpenNLP and Guava show up by name), and every crosscheck method on the stack
 * (inclusive); and sampled allocation by the first crosscheck frame. Percentages are of all samples in threads running crosscheck or benchmark code;
 * JMH's and the JVM's own threads are left out.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.crosscheck.bench.HotSpots FILE_OR_DIR... [--top N]</pre>
 */
public final class HotSpots {
  private static final String PROJECT = "io.github.crosscheck.";
  private static final String BENCH = "io.github.crosscheck.bench.";

  private HotSpots() {}

  public static void main(String[] args) throws IOException {
    int top = 20;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> responsible = new HashMap<>();
    Map<String, Integer> library = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    Map<String, Long> allocated = new HashMap<>();
    long allocatedBytes = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--top")) {
        top = Integer.parseInt(args[++i]);
        continue;
      }
      for (Path file : recordings(Path.of(args[i]))) {
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
          if (event.getStackTrace() == null) {
            continue;
          }
          if (event.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
            long weight = event.getLong("weight");
            allocatedBytes += weight;
            event.getStackTrace().getFrames().stream().filter(f -> isProject(f.getMethod())).findFirst()
                .ifPresent(f -> allocated.merge(name(f.getMethod()), weight, Long::sum));
            continue;
          }
          if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
            continue;
          }
          List<RecordedFrame> frames = event.getStackTrace().getFrames();
          if (frames.stream().noneMatch(f -> f.getMethod().getType().getName().startsWith(PROJECT))) {
            continue;
          }
          samples++;
          self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
          frames.stream().filter(f -> isProject(f.getMethod())).findFirst()
              .ifPresent(f -> responsible.merge(name(f.getMethod()), 1, Integer::sum));
          frames.stream().filter(f -> !isPlatform(f.getMethod())).findFirst()
              .ifPresent(f -> library.merge(name(f.getMethod()), 1, Integer::sum));
          Set<String> seen = new HashSet<>();
          frames.stream().filter(f -> isProject(f.getMethod())).map(f -> name(f.getMethod()))
              .filter(seen::add).forEach(m -> inclusive.merge(m, 1, Integer::sum));
        }
      }
    }
    System.out.println(samples + " samples in crosscheck threads");
    print("self (top of stack)", self, samples, top);
    print("first crosscheck frame (self + the library calls it makes)", responsible, samples, top);
    print("first non-JDK frame (OpenNLP, Guava or crosscheck)", library, samples, top);
    print("inclusive (on the stack; a deep stack may be cut at the recorder's depth)", inclusive, samples, top);
    System.out.println();
    System.out.println("## allocation (sampled bytes by first crosscheck frame)");
    long total = allocatedBytes;
    allocated.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }

  private static boolean isProject(RecordedMethod method) {
    String type = method.getType().getName();
    return type.startsWith(PROJECT) && !type.startsWith(BENCH);
  }

  private static boolean isPlatform(RecordedMethod method) {
    String type = method.getType().getName();
    return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static List<Path> recordings(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
    }
  }

  private static <N extends Number & Comparable<N>> void print(String title, Map<String, N> counts, int samples, int top) {
    System.out.println();
    System.out.println("## " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, N>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue().doubleValue() / samples,
            e.getKey()));
  }
}
