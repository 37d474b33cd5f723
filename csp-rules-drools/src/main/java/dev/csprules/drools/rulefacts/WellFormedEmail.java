package dev.csprules.drools.rulefacts;

import java.util.Locale;

/**
 * The rule catalog's well-formed admin email: a dot-atom local part (RFC 5322: atext characters,
 * no leading, trailing or doubled dot), one {@code @}, and a domain of two or more labels (RFC
 * 1035: letters, digits and inner hyphens, at most 63 characters) whose last label is alphabetic
 * and at least two letters long. Nothing is trimmed.
 *
 * <p>Written out rather than taken from commons-validator: its EmailValidator accepts quoted local
 * parts, IP-literal domains and non-ASCII local parts, and rejects any top-level label missing from
 * its copy of the IANA list (such as {@code .corp}), none of which the catalog's definition does.
 */
public final class WellFormedEmail {
  /** RFC 5322 atext besides letters and digits. */
  private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";
  private static final int LONGEST_LABEL = 63;

  private WellFormedEmail() {}

  /** The domain of a well-formed address, in lower case; empty when the address is not one. */
  public static String domainOf(String email) {
    int at = email.indexOf('@');
    if (at < 0 || email.indexOf('@', at + 1) >= 0) {
      return "";
    }
    String domain = email.substring(at + 1);
    return isDotAtom(email.substring(0, at)) && isDomain(domain) ? domain.toLowerCase(Locale.ROOT) : "";
  }

  private static boolean isDotAtom(String local) {
    if (local.isEmpty() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    return local.chars().allMatch(c -> c == '.' || isAsciiLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0);
  }

  private static boolean isDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > LONGEST_LABEL || label.startsWith("-") || label.endsWith("-")
          || !label.chars().allMatch(c -> c == '-' || isAsciiLetterOrDigit(c))) {
        return false;
      }
    }
    String last = labels[labels.length - 1];
    return last.length() >= 2 && last.chars().allMatch(WellFormedEmail::isAsciiLetter);
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
