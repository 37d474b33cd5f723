package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in policy's index.txt lists exactly the files of its folder. */
class PolicyIndexTest {
  private static final Path FOLDER = Path.of("src", "main", "resources", "dev", "csprules", "policy");

  @Test
  void theIndexListsEveryPolicyFileAndNothingElse() throws IOException {
    List<String> indexed =
        Files.readAllLines(FOLDER.resolve("index.txt")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .sorted()
            .toList();
    try (Stream<Path> files = Files.walk(FOLDER)) {
      List<String> present =
          files.filter(Files::isRegularFile)
              .map(file -> FOLDER.relativize(file).toString().replace('\\', '/'))
              .filter(path -> !path.equals("index.txt"))
              .sorted()
              .toList();
      assertEquals(present, indexed);
    }
  }
}
