package dev.csprules.drools.internal.load;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.PolicySource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The seed pages' sentences by id ({@code 4d1ce-110}), in English and Japanese. */
public final class SeedSentences {
  static final String FILE = "seed-sentences.tsv";

  /** {@code @cites} lists ids separated by commas and spaces, so an id holds neither. */
  private static final Pattern ID = Pattern.compile("[^\\s,]+");

  public record Sentence(String id, String english, String japanese) {}

  private final Map<String, Sentence> byId;

  private SeedSentences(Map<String, Sentence> byId) {
    this.byId = Map.copyOf(byId);
  }

  /**
   * Reads every layer's sentences: a policy folder may add the sources its own rules cite.
   *
   * @throws PolicyLoadException naming every line that is not {@code id<TAB>English<TAB>Japanese}
   */
  public static SeedSentences load(PolicyFiles files) {
    Map<String, Sentence> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (PolicySource source : files.all(FILE)) {
      Map<String, Integer> firstLine = new HashMap<>();
      List<String> lines = source.text().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = source.name() + ":" + (i + 1) + ": ";
        String[] fields = line.split("\t", -1);
        String id = fields[0].strip();
        if (fields.length < 2 || fields.length > 3) {
          problems.add(where + "expected id<TAB>English<TAB>Japanese, found " + fields.length
              + (fields.length == 1 ? " field (no tab)" : " fields"));
        } else if (!ID.matcher(id).matches()) {
          problems.add(where + "sentence id '" + id + "' is empty or holds a space or comma, so no @cites can name it");
        } else if (fields[1].isBlank()) {
          problems.add(where + "sentence " + id + " has no English text");
        } else if (firstLine.putIfAbsent(id, i + 1) != null) {
          problems.add(where + "sentence " + id + " is listed again (first at line " + firstLine.get(id) + ")");
        } else {
          byId.put(id, new Sentence(id, fields[1].strip(), fields.length > 2 ? fields[2].strip() : ""));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new SeedSentences(byId);
  }

  public Optional<Sentence> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }
}
