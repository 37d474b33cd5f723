package dev.csprules.drools.internal.load;

import dev.csprules.drools.internal.policy.PolicySource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * The rule ids that policy folders switch off ({@code disabled-rules.txt}: one id per line, {@code
 * #} comments), each with where it was switched off.
 */
public final class DisabledRules {
  static final String FILE = "disabled-rules.txt";

  private DisabledRules() {}

  /** Rule id to {@code file:line}, in the order the files list them. */
  public static Map<String, String> load(PolicyFiles files) {
    Map<String, String> disabled = new LinkedHashMap<>();
    for (PolicySource source : files.all(FILE)) {
      List<String> lines = source.text().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String id = lines.get(i).replaceAll("#.*", "").strip();
        if (!id.isEmpty()) {
          disabled.putIfAbsent(id, source.name() + ":" + (i + 1));
        }
      }
    }
    return disabled;
  }

  /** {@code file:line: disables X, which no rule has} for each id no rule of the base has. */
  public static List<String> unknown(Map<String, String> disabled, KieBase kieBase) {
    Set<String> ids = new HashSet<>();
    kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules().forEach(rule -> ids.add(rule.getName())));
    return disabled.entrySet().stream()
        .filter(entry -> !ids.contains(entry.getKey()))
        .map(entry -> entry.getValue() + ": disables " + entry.getKey() + ", which no rule has")
        .toList();
  }
}
