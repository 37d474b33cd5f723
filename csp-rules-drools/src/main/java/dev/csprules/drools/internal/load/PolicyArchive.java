package dev.csprules.drools.internal.load;

import dev.csprules.drools.PolicyLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The policy files of every version an engine decided with, kept by version (the content hash),
 * so a logged decision's policy can be loaded again:
 *
 * <pre>
 * ARCHIVE/VERSION/built-in/...   every file of the built-in layer, as it was
 * ARCHIVE/VERSION/layer-1/...    the first policy folder (or added file), and so on
 * </pre>
 *
 * <p>A version's folder is written once, whole (to a temporary folder then renamed), and never
 * changed. Loading goes through {@link PolicySpec} as a live policy does: policy folders are read
 * by {@link PolicyFiles#withFolder}, so their DRL passes the sandbox; built-in files that differ
 * from this library's are taken as replaced data files, and built-in DRL that differs is refused,
 * since a folder on disk must never supply rules that skip the sandbox.
 */
public final class PolicyArchive {
  static final String BUILT_IN = "built-in";
  static final String LAYER = "layer-";

  private PolicyArchive() {}

  /**
   * Keeps the files of {@code version} under {@code archive}, unless they are there already.
   *
   * @throws UncheckedIOException when the archive cannot be written, naming it
   */
  public static void store(Path archive, String version, PolicyFiles files) {
    Path target = archive.resolve(version);
    if (Files.isDirectory(target)) {
      return;
    }
    Path staging = archive.resolve(".incoming-" + version + "-" + UUID.randomUUID());
    try {
      List<Map<String, String>> layers = files.texts();
      for (int i = 0; i < layers.size(); i++) {
        Path layerFolder = staging.resolve(i == 0 ? BUILT_IN : LAYER + i);
        Files.createDirectories(layerFolder);
        for (Map.Entry<String, String> file : layers.get(i).entrySet()) {
          Path path = layerFolder.resolve(file.getKey());
          Files.createDirectories(path.getParent());
          Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
      }
      move(staging, target);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new UncheckedIOException("cannot archive policy " + version + " in " + archive + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path staging, Path target) throws IOException {
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      // Another engine archived the same version first: same content, nothing to do.
      deleteQuietly(staging);
      if (!Files.isDirectory(target)) {
        throw e;
      }
    } catch (IOException e) {
      if (Files.isDirectory(target)) {
        deleteQuietly(staging);
      } else {
        throw e;
      }
    }
  }

  /**
   * The spec that loads {@code version} from {@code archive}; the caller checks that it loads as
   * that version.
   *
   * @throws PolicyLoadException when the archive lacks the version, or its built-in rules are not
   *     this library's
   */
  public static PolicySpec spec(Path archive, String version) {
    Path folder = archive.resolve(version);
    if (!version.matches("[0-9a-f]{16}") || !Files.isDirectory(folder.resolve(BUILT_IN))) {
      throw new PolicyLoadException(List.of(archive + ": holds no policy version " + version));
    }
    PolicySpec spec = PolicySpec.builtIn();
    List<String> problems = new ArrayList<>();
    Map<String, String> shipped = PolicyFiles.builtIn().texts().get(0);
    Path builtIn = folder.resolve(BUILT_IN);
    for (Path file : files(builtIn)) {
      String path = builtIn.relativize(file).toString().replace('\\', '/');
      if (same(file, shipped.get(path))) {
        continue;
      }
      if (PolicyFiles.DATA_FILES.contains(path)) {
        spec = spec.replacing(path, file);
      } else {
        problems.add(
            file + ": differs from this library's built-in " + path
                + "; replay version " + version + " with the csp-rules release that decided it");
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    for (int layer = 1; Files.isDirectory(folder.resolve(LAYER + layer)); layer++) {
      spec = spec.withFolder(folder.resolve(LAYER + layer));
    }
    return spec;
  }

  private static boolean same(Path file, String shipped) {
    try {
      return shipped != null && shipped.equals(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new PolicyLoadException(List.of(folder + ": cannot be read: " + e.getMessage()));
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Only a leftover staging folder, named as such; the archive itself is untouched.
    }
  }
}
