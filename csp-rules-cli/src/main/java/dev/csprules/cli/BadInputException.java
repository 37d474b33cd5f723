package dev.csprules.cli;

/** Input the command cannot work with, reported in one line with exit status 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
