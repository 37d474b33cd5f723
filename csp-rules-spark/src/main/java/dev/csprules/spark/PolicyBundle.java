package dev.csprules.spark;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyLoadException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The policy a run decides with, in a form that travels to the executors: nothing for the built-in
 * policy, or the bytes of each policy folder's files (its DRL files and data files, as the engine
 * reads them; a README or scenarios stay behind). An executor writes the files to a temporary
 * folder of its own and builds its engine from there, so the cluster needs no shared file system.
 */
public final class PolicyBundle implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One folder's files by path relative to it. */
  private record Folder(TreeMap<String, byte[]> files) implements Serializable {}

  private final List<Folder> folders;
  private final String version;

  private PolicyBundle(List<Folder> folders, String version) {
    this.folders = List.copyOf(folders);
    this.version = version;
  }

  /** The rules and data built into the library. */
  public static PolicyBundle builtIn() {
    return new PolicyBundle(List.of(), DroolsPolicyEngine.builder().build().policyVersion());
  }

  /**
   * The built-in policy with these policy folders layered over it, in this order, as
   * {@code DroolsPolicyEngine.Builder.policyFolder} layers them. The engine reads, checks and
   * compiles the folders here first, as the untrusted input they are (links, sizes and names are
   * its to refuse), so a problem is named at its file and line before anything is shipped; only
   * then are the files it read taken as bytes.
   *
   * @throws PolicyLoadException naming every problem of the folders
   */
  public static PolicyBundle folders(List<Path> folders) {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    folders.forEach(builder::policyFolder);
    String version = builder.build().policyVersion();
    List<Folder> read = new ArrayList<>();
    for (Path folder : folders) {
      read.add(new Folder(files(folder)));
    }
    return new PolicyBundle(read, version);
  }

  /** The version the driver built: the content hash every executor's engine must have. */
  String version() {
    return version;
  }

  /** How many bytes of policy files travel with each task. */
  public long size() {
    return folders.stream().flatMap(folder -> folder.files().values().stream()).mapToLong(bytes -> bytes.length).sum();
  }

  /** The engine as an executor builds it: from the files' bytes, written to a folder of its own. */
  DroolsPolicyEngine buildFromBytes() {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    if (folders.isEmpty()) {
      return builder.build();
    }
    try {
      Path root = Files.createTempDirectory("csp-policy-");
      root.toFile().deleteOnExit();
      for (int i = 0; i < folders.size(); i++) {
        Path folder = root.resolve(Integer.toString(i));
        write(folder, folders.get(i).files());
        builder.policyFolder(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the policy folders to a temporary folder", e);
    }
    return builder.build();
  }

  private static void write(Path folder, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(folder).toFile().deleteOnExit();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = folder.resolve(file.getKey()).normalize();
      if (!target.startsWith(folder)) {
        throw new IllegalStateException("a policy file path leaves its folder: " + file.getKey());
      }
      Path parent = target.getParent();
      for (Path dir = parent; !dir.equals(folder) && Files.notExists(dir); dir = dir.getParent()) {
        dir.toFile().deleteOnExit();
      }
      Files.createDirectories(parent);
      Files.write(target, file.getValue());
      target.toFile().deleteOnExit();
    }
  }

  /** The files the engine reads from a folder: DRL anywhere under it, data files at its top. */
  private static TreeMap<String, byte[]> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new PolicyLoadException(List.of(folder + ": not a folder"));
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      // Regular files only, links not followed: the engine has refused any other already.
      for (Path file : walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".drl") || path.matches("[^/]*\\.(csv|properties|tsv|txt)")) {
          files.put(path, Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new PolicyLoadException(List.of(folder + ": cannot be read: " + e.getMessage()));
    }
    return files;
  }
}
