package dev.csprules.partnercenter;

import dev.csprules.api.fact.ProductKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of product an offer is, by the prefix of its offer or catalog item id. An editable
 * table ({@code prefix,kind} lines): Partner Center's orders do not carry the kind.
 */
public final class OfferCatalog {
  private final Map<String, ProductKind> kindsByPrefix;

  public OfferCatalog(Map<String, ProductKind> kindsByPrefix) {
    this.kindsByPrefix = Map.copyOf(kindsByPrefix);
  }

  /** The table shipped with this module (offer-catalog.csv). */
  public static OfferCatalog builtIn() {
    try (InputStream in = OfferCatalog.class.getResourceAsStream("offer-catalog.csv")) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code prefix,kind} lines; {@code #} starts a comment, the header line is skipped.
   *
   * @throws IllegalArgumentException naming every bad line
   */
  public static OfferCatalog read(Reader csv) throws IOException {
    Map<String, ProductKind> kinds = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    BufferedReader lines = new BufferedReader(csv);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#") || content.equals("prefix,kind")) {
        continue;
      }
      String[] cells = content.split(",", -1);
      Optional<ProductKind> kind = cells.length == 2 ? kindNamed(cells[1].strip()) : Optional.empty();
      if (kind.isEmpty() || cells[0].isBlank()) {
        problems.add("line " + number + ": expected prefix,kind with kind one of ONLINE_SERVICE, PERPETUAL_SOFTWARE, OTHER");
        continue;
      }
      kinds.put(cells[0].strip().toUpperCase(Locale.ROOT), kind.get());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("offer catalog: " + String.join("; ", problems));
    }
    return new OfferCatalog(kinds);
  }

  /** The kind of the longest prefix of {@code offerId} in the table; empty when none matches. */
  public Optional<ProductKind> kindOf(String offerId) {
    String id = offerId.toUpperCase(Locale.ROOT);
    String best = "";
    for (String prefix : kindsByPrefix.keySet()) {
      if (id.startsWith(prefix) && prefix.length() > best.length()) {
        best = prefix;
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(kindsByPrefix.get(best));
  }

  /** A table row names a kind it knows: an offer it cannot place is left out, not listed as UNKNOWN. */
  private static Optional<ProductKind> kindNamed(String name) {
    for (ProductKind kind : ProductKind.values()) {
      if (kind != ProductKind.UNKNOWN && kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
