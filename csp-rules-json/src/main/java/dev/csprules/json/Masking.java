package dev.csprules.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which fields of a request's canonical JSON a decision log masks, and how. A path names a text
 * field by its JSON names from the request down, such as {@code partner.adminEmail}; a path a
 * request does not have (an order has no {@code partner}) is passed over.
 *
 * <p>The masks keep what the rules read, so a masked request decides as the original did: a
 * person's name becomes a marker that says one was given, an email keeps its domain and whether
 * it is well formed. The defaults cover the personal data the facts hold (docs/decision-log.md).
 */
public final class Masking {
  private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

  /** How a field is masked. Blank text stays blank under every mask: absence is a fact the rules read. */
  public enum Mask {
    /**
     * {@code it-admin@fabrikam.co.jp} becomes {@code masked@fabrikam.co.jp}: the domain stays, the
     * person goes. A local part that was not well formed becomes {@code (masked)}, which is not
     * either; text without an {@code @} becomes {@code (masked)}.
     */
    EMAIL_DOMAIN,
    /** Any text becomes {@value Masking#PRESENT}: that it was given, not what it was. */
    PRESENCE
  }

  /** What a {@link Mask#PRESENCE} mask leaves of a given value. */
  public static final String PRESENT = "[present]";

  /** The rule catalog's local part: an RFC 5322 dot-atom (WellFormedEmail in the engine). */
  private static final Pattern WELL_FORMED_LOCAL_PART =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final String MALFORMED = "(masked)";

  private final Map<String, Mask> masks;
  /** Each path as the pointer to its parent object and the field's name, parsed once. */
  private final List<Target> targets;

  private record Target(String path, JsonPointer parent, String field, Mask mask) {}

  private Masking(Map<String, Mask> masks) {
    this.masks = Map.copyOf(masks);
    this.targets =
        masks.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> {
              String path = entry.getKey();
              int dot = path.lastIndexOf('.');
              JsonPointer parent =
                  dot < 0 ? JsonPointer.empty() : JsonPointer.compile("/" + path.substring(0, dot).replace('.', '/'));
              return new Target(path, parent, path.substring(dot + 1), entry.getValue());
            })
            .toList();
  }

  /**
   * For the partner of an application and the seller of an order: the admin email reduced to its
   * domain; the legal signatory's name, the company's name and the street, city and postal code of
   * its address reduced to a presence marker (the rules ask only whether they were given). Bank
   * details are never in a request: only whether they are on file, which the rules read.
   */
  public static Masking defaults() {
    Map<String, Mask> masks = new LinkedHashMap<>();
    for (String party : List.of("partner", "seller")) {
      masks.put(party + ".adminEmail", Mask.EMAIL_DOMAIN);
      for (String name : List.of("legalSignatory", "companyName", "address.street", "address.city", "address.postalCode")) {
        masks.put(party + "." + name, Mask.PRESENCE);
      }
    }
    return new Masking(masks);
  }

  /** Nothing masked: for logs that never leave a system allowed to hold the personal data. */
  public static Masking none() {
    return new Masking(Map.of());
  }

  /** These masks and one more (or a different one) at {@code path}. */
  public Masking with(String path, Mask mask) {
    Objects.requireNonNull(mask, "mask");
    if (path == null || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("a masked path is JSON names joined by dots, such as partner.adminEmail; got " + path);
    }
    Map<String, Mask> more = new LinkedHashMap<>(masks);
    more.put(path, mask);
    return new Masking(more);
  }

  /** These masks without the one at {@code path}. */
  public Masking without(String path) {
    Map<String, Mask> fewer = new LinkedHashMap<>(masks);
    fewer.remove(path);
    return new Masking(fewer);
  }

  public Map<String, Mask> masks() {
    return masks;
  }

  /** Masks {@code request} in place and returns the paths it changed, sorted. */
  List<String> apply(ObjectNode request) {
    List<String> changed = new ArrayList<>();
    for (Target target : targets) {
      JsonNode parent = request.at(target.parent());
      if (parent instanceof ObjectNode object && object.path(target.field()).isTextual()) {
        String value = object.get(target.field()).asText();
        String masked = value.isBlank() ? value : mask(target.mask(), value);
        if (!masked.equals(value)) {
          object.put(target.field(), masked);
          changed.add(target.path());
        }
      }
    }
    return changed;
  }

  private static String mask(Mask mask, String value) {
    return switch (mask) {
      case PRESENCE -> PRESENT;
      case EMAIL_DOMAIN -> {
        int at = value.lastIndexOf('@');
        if (at < 0) {
          yield MALFORMED;
        }
        String local = value.substring(0, at);
        yield (WELL_FORMED_LOCAL_PART.matcher(local).matches() ? "masked" : MALFORMED) + value.substring(at);
      }
    };
  }
}
