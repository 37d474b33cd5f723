package dev.csprules.drools.internal.load;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a policy, as layers: the built-in policy first, then each policy folder in the
 * order given. Every file is read whole when the policy loads, so a policy never changes under a
 * running engine. How layers combine is up to each file's reader: rules add up (a folder file at
 * the same path as a built-in one replaces it), data files merge or replace (docs/authoring.md).
 */
public final class PolicyFiles {
  private static final String BUILT_IN_ROOT = "dev/csprules/policy/";
  /** Data files a policy folder may hold; any other .csv/.properties/.tsv/.txt is a typo. */
  static final Set<String> DATA_FILES =
      Set.of(
          "editions.csv",
          "markets.csv",
          "market-names.csv",
          "no-postal-code-countries.csv",
          "consumer-mail-domains.csv",
          "parameters.properties",
          "messages.properties",
          "messages_ja.properties",
          "seed-sentences.tsv",
          "disabled-rules.txt");

  record Layer(String origin, Map<String, PolicySource> sourcesByPath) {}

  private final List<Layer> layers;
  private final List<String> problems;

  private PolicyFiles(List<Layer> layers, List<String> problems) {
    this.layers = List.copyOf(layers);
    this.problems = List.copyOf(problems);
  }

  /** The policy shipped in the jar, listed by its {@code index.txt}. */
  public static PolicyFiles builtIn() {
    // Read through the module, not the class loader: on the module path the policy's packages
    // are this module's own and encapsulated; on the class path the two are the same.
    Module loader = PolicyFiles.class.getModule();
    Map<String, PolicySource> sources = new LinkedHashMap<>();
    read(loader, BUILT_IN_ROOT + "index.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(path -> sources.put(path, new PolicySource(path, read(loader, BUILT_IN_ROOT + path), true)));
    return new PolicyFiles(List.of(new Layer("built-in policy", sources)), List.of());
  }

  /** This policy with one built-in data file replaced, as the builder's file options do. */
  public PolicyFiles withBuiltIn(String path, String text) {
    List<Layer> changed = new ArrayList<>(layers);
    Map<String, PolicySource> sources = new LinkedHashMap<>(layers.get(0).sourcesByPath());
    sources.put(path, new PolicySource(path, text, true));
    changed.set(0, new Layer(layers.get(0).origin(), sources));
    return new PolicyFiles(changed, problems);
  }

  /**
   * This policy with a built-in data file replaced by a file the caller names, read with the
   * same care as a policy folder's files; a file that cannot be read becomes one of {@link
   * #problems()}.
   */
  public PolicyFiles withBuiltIn(String path, Path file) {
    PolicyFolderReader.Contents contents = PolicyFolderReader.readNamedFile(file, path);
    PolicyFiles replaced = contents.sources().containsKey(path) ? withBuiltIn(path, contents.sources().get(path).text()) : this;
    return replaced.withProblems(contents.problems());
  }

  /** This policy with a file added in a layer of its own, as a policy folder would add it. */
  public PolicyFiles with(String path, String text) {
    return withLayer("extra", Map.of(path, new PolicySource(path, text, false)));
  }

  /**
   * This policy with a policy folder layered on top: every DRL file under it, and the data files
   * it has. Files that are neither (a README, scenarios) are left alone and never opened. A file
   * the folder may not hold (a link, a FIFO, a file too large, a data file with an unknown name)
   * is not read: it becomes one of {@link #problems()}, which fail the load.
   */
  public PolicyFiles withFolder(Path folder) {
    PolicyFolderReader.Contents contents = PolicyFolderReader.read(folder);
    return withLayer(folder.toString(), contents.sources()).withProblems(contents.problems());
  }

  private PolicyFiles withProblems(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(more);
    return new PolicyFiles(layers, all);
  }

  /** Files of the policy's folders that could not be read, each naming its file: any fails the load. */
  public List<String> problems() {
    return problems;
  }

  private PolicyFiles withLayer(String origin, Map<String, PolicySource> sources) {
    List<Layer> more = new ArrayList<>(layers);
    more.add(new Layer(origin, sources));
    return new PolicyFiles(more, problems);
  }

  /** Where the policy comes from, for logs: the built-in policy and each folder. */
  public String origin() {
    return String.join(" + ", layers.stream().map(Layer::origin).toList());
  }

  /**
   * The text of every file, layer by layer (the built-in layer first), by path: what the content
   * hash covers, and what the policy archive keeps.
   */
  public List<Map<String, String>> texts() {
    List<Map<String, String>> texts = new ArrayList<>();
    for (Layer layer : layers) {
      Map<String, String> byPath = new LinkedHashMap<>();
      layer.sourcesByPath().forEach((path, source) -> byPath.put(path, source.text()));
      texts.add(byPath);
    }
    return texts;
  }

  /** The layers, the built-in policy first: what a policy book lists each folder's changes from. */
  List<Layer> layers() {
    return layers;
  }

  /** Every layer's copy of a data file, the built-in one first. */
  public List<PolicySource> all(String path) {
    return layers.stream().map(layer -> layer.sourcesByPath().get(path)).filter(source -> source != null).toList();
  }

  /** The top layer's copy of a data file that a layer replaces whole. */
  PolicySource last(String path) {
    List<PolicySource> sources = all(path);
    if (sources.isEmpty()) {
      throw new PolicyLoadException(List.of(path + ": missing from " + origin()));
    }
    return sources.get(sources.size() - 1);
  }

  /** The DRL files in force, in path order; a folder's file replaces a lower layer's at its path. */
  public List<PolicySource> rules() {
    Map<String, PolicySource> byPath = new LinkedHashMap<>();
    for (Layer layer : layers) {
      layer.sourcesByPath().forEach((path, source) -> {
        if (path.endsWith(".drl")) {
          byPath.put(path, source);
        }
      });
    }
    return byPath.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
  }

  /** A short content hash of every layer's files, paths included: any change gives a new version. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Layer layer : layers) {
        for (String path : layer.sourcesByPath().keySet().stream().sorted().toList()) {
          digest.update(path.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(layer.sourcesByPath().get(path).text().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
        digest.update((byte) 1);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String read(Module loader, String resource) {
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
