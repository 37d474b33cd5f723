package dev.csprules.drools.internal;

import dev.csprules.drools.PolicyLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one policy, by path relative to the policy folder: DRL rules under {@code rules/}
 * and the data files beside them. Read whole at load time, so a policy never changes under a
 * running engine.
 */
public final class PolicyFiles {
  private static final String BUILT_IN_ROOT = "dev/csprules/policy/";

  private final String origin;
  private final Map<String, String> textByPath;

  private PolicyFiles(String origin, Map<String, String> textByPath) {
    this.origin = origin;
    this.textByPath = Map.copyOf(textByPath);
  }

  /** The policy shipped in the jar, listed by its {@code index.txt}. */
  public static PolicyFiles builtIn() {
    ClassLoader loader = PolicyFiles.class.getClassLoader();
    String index = read(loader, BUILT_IN_ROOT + "index.txt");
    Map<String, String> files = new LinkedHashMap<>();
    index
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(path -> files.put(path, read(loader, BUILT_IN_ROOT + path)));
    return new PolicyFiles("built-in policy", files);
  }

  /** A policy made of the given files, for tests and for callers that replace one file. */
  public static PolicyFiles of(String origin, Map<String, String> textByPath) {
    return new PolicyFiles(origin, textByPath);
  }

  /** This policy with one file replaced or added. */
  public PolicyFiles with(String path, String text) {
    Map<String, String> files = new LinkedHashMap<>(textByPath);
    files.put(path, text);
    return new PolicyFiles(origin, files);
  }

  public String origin() {
    return origin;
  }

  public Optional<String> text(String path) {
    return Optional.ofNullable(textByPath.get(path));
  }

  /** A required data file. */
  public String require(String path) {
    return text(path)
        .orElseThrow(() -> new PolicyLoadException(List.of(path + ": missing from " + origin)));
  }

  /** DRL files by path, in path order. */
  public Map<String, String> rules() {
    Map<String, String> rules = new LinkedHashMap<>();
    textByPath.keySet().stream()
        .filter(path -> path.endsWith(".drl"))
        .sorted()
        .forEach(path -> rules.put(path, textByPath.get(path)));
    return rules;
  }

  /** A short content hash of every file, paths included, so any change gives a new version. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<String> paths = new ArrayList<>(textByPath.keySet());
      paths.sort(null);
      for (String path : paths) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(textByPath.get(path).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PolicyLoadException(List.of(resource + ": missing from the classpath"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
