package dev.csprules.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report page in UTF-8, creating the folders on its path. */
final class HtmlFile {
  static final String OPTION = "--html";

  private HtmlFile() {}

  static void write(Path file, String html) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(OPTION + ": cannot write " + file + ": " + e.getMessage());
    }
  }
}
