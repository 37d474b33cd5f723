package dev.csprules.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a scenario file: the file as it was named to the reader, and a line and column that
 * count from 1, as editors show them.
 */
public record Location(Path file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
  }

  /** The start of a file, for problems that belong to the whole file. */
  public static Location startOf(Path file) {
    return new Location(file, 1, 1);
  }

  /** {@code file:line}, the way a failure points at a scenario. */
  public String fileAndLine() {
    return file + ":" + line;
  }

  /** A file URI that IDEs open at the line and column (JUnit's {@code UriSource} convention). */
  public URI uri() {
    return URI.create(file.toAbsolutePath().normalize().toUri() + "?line=" + line + "&column=" + column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
