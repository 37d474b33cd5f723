package dev.csprules.drools.internal.load;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.Editions;
import dev.csprules.drools.internal.policy.Editions.Edition;
import dev.csprules.drools.internal.policy.PolicySource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the policy's editions from every layer's {@code editions.csv}. */
public final class EditionsLoader {
  static final String FILE = "editions.csv";

  /** Where an edition was first listed, and with which date: a later row may not move it. */
  private record Listed(LocalDate inForceFrom, String where) {}

  private EditionsLoader() {}

  /**
   * Reads every layer's editions.csv; a later layer may add editions or restate one by id with
   * the same date (and another source), but never move one: every rule of that edition, and
   * every decision naming it, would change with it.
   */
  public static Editions load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<String, Edition> byId = new LinkedHashMap<>();
    Map<String, Listed> listed = new HashMap<>();
    for (PolicySource source : files.all(FILE)) {
      for (CsvTable.Row row :
          CsvTable.read(source.name(), source.text(), List.of("edition", "in_force_from", "source"), problems)) {
        String where = source.name() + ":" + row.line() + ": ";
        String id = row.get("edition");
        if (id.isEmpty()) {
          problems.add(where + "edition id is empty");
          continue;
        }
        LocalDate inForceFrom;
        try {
          inForceFrom = LocalDate.parse(row.get("in_force_from"));
        } catch (DateTimeParseException e) {
          problems.add(where + "in_force_from '" + row.get("in_force_from") + "' is not a date (YYYY-MM-DD)");
          continue;
        }
        Listed first = listed.putIfAbsent(id, new Listed(inForceFrom, source.name() + ":" + row.line()));
        if (first != null && !first.inForceFrom().equals(inForceFrom)) {
          problems.add(where + "edition " + id + " comes into force on " + first.inForceFrom() + " (" + first.where()
              + "); it cannot be moved to " + inForceFrom + ": give that date an edition id of its own");
          continue;
        }
        byId.put(id, new Edition(id, inForceFrom, row.get("source")));
      }
    }
    List<Edition> editions = new ArrayList<>(byId.values());
    editions.sort(Comparator.comparing(Edition::inForceFrom));
    for (int i = 1; i < editions.size(); i++) {
      Edition earlier = editions.get(i - 1);
      Edition later = editions.get(i);
      if (later.inForceFrom().equals(earlier.inForceFrom())) {
        problems.add(
            listed.get(later.id()).where() + ": edition " + later.id() + " overlaps edition " + earlier.id()
                + " (" + listed.get(earlier.id()).where() + "): both come into force on " + later.inForceFrom());
      }
    }
    if (editions.isEmpty() && problems.isEmpty()) {
      problems.add(FILE + ": lists no edition");
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new Editions(editions);
  }
}
