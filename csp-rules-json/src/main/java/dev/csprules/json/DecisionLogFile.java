package dev.csprules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision log read back: every record it holds, and a note for each line that is not one. A
 * last line without its newline is what a crash while writing leaves; it is skipped and said so.
 *
 * @param skipped one note per line not read, naming the file and line
 */
public record DecisionLogFile(Path path, List<LoggedDecision> records, List<String> skipped) {
  public DecisionLogFile {
    records = List.copyOf(records);
    skipped = List.copyOf(skipped);
  }

  /**
   * Reads a JSON Lines decision log.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static DecisionLogFile read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the decision log " + file + ": " + e.getMessage(), e);
    }
    List<LoggedDecision> records = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      boolean torn = i == lines.length - 1;
      try {
        records.add(CanonicalJson.mapper().readValue(line, LoggedDecision.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        skipped.add(
            file + ":" + (i + 1) + ": "
                + (torn
                    ? "the last line ends before its record does (a crash while writing?); skipped"
                    : "not a decision record (" + firstLine(e) + "); skipped"));
      }
    }
    return new DecisionLogFile(file, records, skipped);
  }

  private static String firstLine(Exception e) {
    String message =
        e instanceof JsonProcessingException json ? json.getOriginalMessage() : String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
