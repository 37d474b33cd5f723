package dev.csprules.drools.internal.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hostile rule files (src/test/resources/hostile). Each starts with the problem it must be
 * refused with, {@code // expect: <line>: <fragment>}; a file that would run code if it got
 * through writes a marker (its {@code @MARKER@} and {@code @MARKER_CHARS@} are replaced by a
 * path, as text and as character codes).
 */
public record HostileCorpus(String fileName, String template, int expectedLine, String expectedFragment) {
  private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+): (.+)");

  public static List<HostileCorpus> all() {
    try {
      Path folder = Path.of(HostileCorpus.class.getResource("/hostile").toURI());
      try (Stream<Path> files = Files.list(folder)) {
        return files.filter(file -> file.toString().endsWith(".drl")).sorted().map(HostileCorpus::read).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HostileCorpus read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher expect = EXPECT.matcher(text.lines().findFirst().orElse(""));
      if (!expect.matches()) {
        throw new IllegalStateException(file.getFileName() + " does not start with // expect: <line>: <problem>");
      }
      return new HostileCorpus(file.getFileName().toString(), text, Integer.parseInt(expect.group(1)), expect.group(2).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the file would write the marker if any of it ran. */
  public boolean writesMarker() {
    return template.contains("@MARKER");
  }

  /** The file's text with its payload aimed at this marker. */
  public String text(Path marker) {
    String path = marker.toAbsolutePath().toString();
    return template
        .replace("@MARKER_CHARS@", path.chars().mapToObj(Integer::toString).collect(Collectors.joining(",")))
        .replace("@MARKER@", path);
  }

  /** Whether the problems name this file's expected problem at its line. */
  public boolean refusedAsExpected(String path, List<String> problems) {
    String at = path + ":" + expectedLine + ":";
    return problems.stream().anyMatch(problem -> problem.startsWith(at) && problem.contains(expectedFragment));
  }

  @Override
  public String toString() {
    return fileName;
  }
}
