package dev.csprules.drools.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The seed pages' sentences by id ({@code 4d1ce-110}), in English and Japanese. */
final class SeedSentences {
  static final String FILE = "seed-sentences.tsv";

  record Sentence(String id, String english, String japanese) {}

  private final Map<String, Sentence> byId;

  private SeedSentences(Map<String, Sentence> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** Reads every layer's sentences: a policy folder may add the sources its own rules cite. */
  static SeedSentences load(PolicyFiles files) {
    Map<String, Sentence> byId = new LinkedHashMap<>();
    files.all(FILE).stream()
        .flatMap(source -> source.text().lines())
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .filter(fields -> fields.length >= 2)
        .forEach(
            fields ->
                byId.put(
                    fields[0].strip(),
                    new Sentence(
                        fields[0].strip(), fields[1].strip(), fields.length > 2 ? fields[2].strip() : "")));
    return new SeedSentences(byId);
  }

  Optional<Sentence> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }
}
