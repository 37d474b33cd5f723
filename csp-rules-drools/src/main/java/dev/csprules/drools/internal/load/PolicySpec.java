package dev.csprules.drools.internal.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a policy comes from: the built-in files, built-in data files the caller replaces, and
 * policy folders layered on top. Read afresh on every load, so a reload sees the files as they
 * are now.
 */
public record PolicySpec(Map<String, Path> replacedDataFiles, List<Path> folders) {
  public PolicySpec {
    replacedDataFiles = Map.copyOf(replacedDataFiles);
    folders = List.copyOf(folders);
  }

  public static PolicySpec builtIn() {
    return new PolicySpec(Map.of(), List.of());
  }

  public PolicySpec replacing(String dataFile, Path file) {
    Map<String, Path> replaced = new LinkedHashMap<>(replacedDataFiles);
    replaced.put(dataFile, file);
    return new PolicySpec(replaced, folders);
  }

  public PolicySpec withFolder(Path folder) {
    List<Path> more = new ArrayList<>(folders);
    more.add(folder);
    return new PolicySpec(replacedDataFiles, more);
  }

  /** Every path a change to which changes the policy. */
  public List<Path> watchedPaths() {
    List<Path> paths = new ArrayList<>(folders);
    paths.addAll(replacedDataFiles.values());
    return paths;
  }

  public PolicyFiles read() {
    PolicyFiles files = PolicyFiles.builtIn();
    for (Map.Entry<String, Path> replaced : replacedDataFiles.entrySet()) {
      files = files.withBuiltIn(replaced.getKey(), replaced.getValue());
    }
    for (Path folder : folders) {
      files = files.withFolder(folder);
    }
    return files;
  }
}
