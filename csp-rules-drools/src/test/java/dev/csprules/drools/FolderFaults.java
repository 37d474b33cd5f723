package dev.csprules.drools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Files a hostile or careless author can leave in a policy folder, for the fault tests. */
public final class FolderFaults {
  /** How a link in a policy folder is refused, after its name. */
  public static final String LINK =
      "is a symbolic link; a policy folder holds regular files and folders only, and links are never followed";

  /** How a FIFO, socket or device in a policy folder is refused, after its name. */
  public static final String NOT_REGULAR =
      "is not a regular file (a FIFO, socket or device); a policy folder holds regular files and folders only";

  private FolderFaults() {}

  /** Makes a named pipe at {@code path}; skips the test where the system has no mkfifo. */
  public static Path fifo(Path path) {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
      return path;
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return path;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
