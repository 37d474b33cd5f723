package dev.csprules.drools.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.FolderFaults;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The races a folder read can lose: a file swapped, changed or deleted between its check and its
 * open. Each swap runs at exactly that moment, as an attacker's would at worst.
 */
class PolicyFolderReaderTest {
  private static final String PARAMETERS = "direct-bill.revenue-threshold-usd = 1000000\n";

  @TempDir Path folder;
  private Path parameters;

  @BeforeEach
  void folderWithOneFile() throws IOException {
    parameters = Files.writeString(folder.resolve("parameters.properties"), PARAMETERS);
  }

  private PolicyFolderReader.Contents readSwapping(Consumer<Path> swap) {
    return PolicyFolderReader.read(folder, Duration.ofMillis(500), swap);
  }

  private static Consumer<Path> unchecked(IoAction action) {
    return file -> {
      try {
        action.run(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private interface IoAction {
    void run(Path file) throws IOException;
  }

  @Test
  void aFileReadUndisturbedIsReadWhole() {
    PolicyFolderReader.Contents contents = readSwapping(file -> {});
    assertEquals(List.of(), contents.problems());
    assertEquals(PARAMETERS, contents.sources().get("parameters.properties").text());
    assertEquals(folder.resolve("parameters.properties").toString(), contents.sources().get("parameters.properties").name());
  }

  @Test
  void aFileThatVanishesBeforeItIsOpenedIsReported() {
    PolicyFolderReader.Contents contents = readSwapping(unchecked(Files::delete));
    assertEquals(List.of(parameters + ": vanished while it was read"), contents.problems());
    assertEquals(0, contents.sources().size());
  }

  @Test
  void aFileRewrittenBeforeItIsOpenedIsReported() {
    PolicyFolderReader.Contents contents =
        readSwapping(unchecked(file -> Files.writeString(file, PARAMETERS + "# one more line\n")));
    assertEquals(List.of(parameters + ": changed while it was read; load the policy again once it is written"), contents.problems());
  }

  @Test
  void aFileReplacedByAnotherBeforeItIsOpenedIsReported() {
    PolicyFolderReader.Contents contents =
        readSwapping(unchecked(file -> {
          Path other = Files.writeString(folder.resolve(".other"), PARAMETERS);
          Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }));
    assertEquals(List.of(parameters + ": changed while it was read; load the policy again once it is written"), contents.problems());
  }

  @Test
  void aFileSwappedForALinkBeforeItIsOpenedIsNeverFollowed() throws IOException {
    Path secret = Files.writeString(folder.getParent().resolve(folder.getFileName() + "-secret"), "SECRET-CONTENT\n");
    try {
      PolicyFolderReader.Contents contents =
          readSwapping(unchecked(file -> {
            Files.delete(file);
            Files.createSymbolicLink(file, secret);
          }));
      assertEquals(1, contents.problems().size(), contents.problems().toString());
      assertTrue(contents.problems().get(0).startsWith(parameters + ": cannot be read: "), contents.problems().toString());
      assertEquals(0, contents.sources().size());
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void aFileSwappedForAFifoBeforeItIsOpenedEndsTheReadInTime() throws Exception {
    PolicyFolderReader.Contents contents =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> readSwapping(unchecked(file -> {
              Files.delete(file);
              FolderFaults.fifo(file);
            })));
    assertEquals(List.of(parameters + ": not read within 500 ms (a FIFO or a stalled file system blocks it)"), contents.problems());
    assertEquals(0, contents.sources().size());
    // Opening the FIFO's other end frees the worker still blocked on it.
    try (OutputStream writer = Files.newOutputStream(parameters)) {
      writer.flush();
    }
  }
}
