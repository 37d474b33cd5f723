package dev.csprules.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of this jar in a fresh JVM and collects what it prints, each line with the
 * time it arrived: start and batch figures must not be measured in a JVM that has already loaded
 * and compiled the engine.
 */
public final class ChildJvm {
  /** A line the child printed, and the nanoseconds from starting the child to reading it. */
  public record Line(String text, long nanosSinceStart) {}

  private ChildJvm() {}

  public static List<Line> run(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> arguments = new ArrayList<>(jvmOptions);
    arguments.add("-cp");
    arguments.add(System.getProperty("java.class.path"));
    arguments.add(main.getName());
    arguments.addAll(List.of(args));
    return run(arguments);
  }

  /** Runs this JVM's {@code java} with these arguments (a jar of another module, say). */
  public static List<Line> run(List<String> javaArguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArguments);
    List<Line> lines = new ArrayList<>();
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(new Line(line, System.nanoTime() - start));
        }
      }
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return lines;
  }
}
