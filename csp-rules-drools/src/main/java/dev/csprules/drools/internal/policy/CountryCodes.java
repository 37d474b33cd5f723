package dev.csprules.drools.internal.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Which country codes exist: ISO 3166-1 alpha-2, plus any code the markets table lists (XK). */
public final class CountryCodes {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  private CountryCodes() {}

  public static boolean isKnown(String code, Collection<String> marketCodes) {
    return ISO.contains(code) || marketCodes.contains(code);
  }
}
