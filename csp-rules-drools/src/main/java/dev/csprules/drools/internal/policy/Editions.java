package dev.csprules.drools.internal.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The editions of the policy, oldest first, as {@code editions.csv} lists them. */
public final class Editions {
  public record Edition(String id, LocalDate inForceFrom, String source) {}

  private final List<Edition> editions;
  /** The ids of the first n editions, for each n: every decision names the editions in force. */
  private final List<List<String>> idsOfFirst;

  /** @param editions oldest first, no two in force from the same day */
  public Editions(List<Edition> editions) {
    this.editions = List.copyOf(editions);
    List<String> ids = editions.stream().map(Edition::id).toList();
    List<List<String>> idsOfFirst = new ArrayList<>();
    for (int n = 0; n <= ids.size(); n++) {
      idsOfFirst.add(List.copyOf(ids.subList(0, n)));
    }
    this.idsOfFirst = List.copyOf(idsOfFirst);
  }

  /** Every edition, oldest first. */
  public List<Edition> all() {
    return editions;
  }

  public Edition first() {
    return editions.get(0);
  }

  public Optional<Edition> find(String id) {
    return editions.stream().filter(edition -> edition.id().equals(id)).findFirst();
  }

  /** The editions in force on {@code date}, oldest first. */
  public List<String> inForceOn(LocalDate date) {
    int inForce = 0;
    while (inForce < editions.size() && !editions.get(inForce).inForceFrom().isAfter(date)) {
      inForce++;
    }
    return idsOfFirst.get(inForce);
  }
}
