package dev.csprules.drools.internal.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the known name closest to a misspelt one, when one is close enough. */
public final class Suggestion {
  /** A shorter start of a name, such as "DI", says too little to suggest anything. */
  private static final int MIN_PREFIX = 3;

  private Suggestion() {}

  public static Optional<String> closest(String given, Collection<String> known) {
    String lower = given.toLowerCase(Locale.ROOT);
    Optional<String> sameLetters =
        known.stream().filter(name -> name.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    if (sameLetters.isPresent()) {
      return sameLetters;
    }
    List<String> extending = known.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    if (given.length() >= MIN_PREFIX && extending.size() == 1) {
      return Optional.of(extending.get(0));
    }
    int tolerance = Math.max(2, given.length() / 4);
    return known.stream()
        .filter(name -> distance(lower, name.toLowerCase(Locale.ROOT)) <= tolerance)
        .min(Comparator.comparingInt(name -> distance(lower, name.toLowerCase(Locale.ROOT))));
  }

  /** " (did you mean 'x'?)", or nothing. */
  public static String hint(String given, Collection<String> known) {
    return closest(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  /** Levenshtein distance: the fewest one-letter edits from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
