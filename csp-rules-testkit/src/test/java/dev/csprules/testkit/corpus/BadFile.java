package dev.csprules.testkit.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the bad-input corpus: how it is made, and what reading and evaluating it must end
 * in. The bytes are made when the file is written, so a 12 MB case costs nothing until it runs.
 */
public record BadFile(String name, String extension, Content content, Expected expected) {
  public BadFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(expected, "expected");
  }

  /** Writes the file's bytes into {@code file}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path file) throws IOException;
  }

  /** What must come of the file. */
  public sealed interface Expected {}

  /**
   * The reader refuses the file with exactly {@code count} problems, one of them at {@code at}
   * (any place when empty), about {@code path} (the file as a whole when blank), saying {@code
   * says}.
   */
  public record FileProblem(Optional<Emitter.Position> at, String path, String says, int count) implements Expected {}

  /** The file reads, and the engine rejects its request with exactly one problem at {@code path}. */
  public record RequestProblem(String path, String says) implements Expected {}

  /** The file reads, not strictly as written, to the very request of {@code sameAs}. */
  public record SameRequest(Doc sameAs) implements Expected {}

  /** This case, expecting its problem about {@code path} instead. */
  public BadFile withPath(String path) {
    FileProblem problem = (FileProblem) expected;
    return new BadFile(name, extension, content, new FileProblem(problem.at(), path, problem.says(), problem.count()));
  }

  /** This case, expecting {@code count} problems in all. */
  public BadFile withCount(int count) {
    FileProblem problem = (FileProblem) expected;
    return new BadFile(name, extension, content, new FileProblem(problem.at(), problem.path(), problem.says(), count));
  }

  /** The file written as {@code <folder>/<number>-<name>.<extension>}. */
  public Path writeInto(Path folder, int number) {
    String slug = name.replaceAll("[^A-Za-z0-9]+", "-");
    Path file = folder.resolve(String.format("%03d-%s.%s", number, slug.substring(0, Math.min(slug.length(), 60)), extension));
    try {
      content.writeTo(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public String toString() {
    return name;
  }
}
