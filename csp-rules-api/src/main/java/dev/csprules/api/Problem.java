package dev.csprules.api;

import java.util.Objects;

/**
 * One thing wrong with a request, at a path such as {@code partner.address.country} or
 * {@code lines[2].quantity}.
 */
public record Problem(String path, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public static Problem missing(String path) {
    return new Problem(path, "is missing");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
