package dev.csprules.testkit.internal;

import dev.csprules.drools.internal.text.Suggestion;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one scalar as the type a field wants, or reports what was expected at its place. Each
 * returns empty after reporting a problem.
 */
final class Scalars {
  private static final int SHORT_LIST = 6;
  /**
   * Longer text is no date, month or number, and is not parsed: BigDecimal parses a number of n
   * digits in time n squared, minutes for the million digits a file may hold.
   */
  private static final int LONGEST_NUMBER = 64;
  private static final Set<Value.ScalarKind> TEXT_ONLY = EnumSet.of(Value.ScalarKind.TEXT);
  private static final Set<Value.ScalarKind> NUMBER_OR_TEXT = EnumSet.of(Value.ScalarKind.NUMBER, Value.ScalarKind.TEXT);

  private static final String UNKNOWN = "unknown";

  private Scalars() {}

  /**
   * Any scalar, as written: {@code mpnId: 1234567} is the text "1234567". An empty value is blank
   * text, which the API reads as absent.
   */
  static Optional<String> text(Value value, String path, Problems problems) {
    if (value instanceof Value.Scalar scalar) {
      return Optional.of(scalar.kind() == Value.ScalarKind.NULL ? "" : scalar.text());
    }
    problems.at(value, path, "expected text, found " + value.describe());
    return Optional.empty();
  }

  static Optional<Boolean> flag(Value value, String path, Problems problems) {
    if (value instanceof Value.Scalar scalar && scalar.kind() == Value.ScalarKind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.text()));
    }
    problems.at(value, path, "expected true or false, found " + value.describe());
    return Optional.empty();
  }

  /** true, false, or the text {@code unknown}: a fact nobody could establish. */
  static Optional<Truth> truth(Value value, String path, Problems problems) {
    if (value instanceof Value.Scalar scalar
        && (scalar.kind() == Value.ScalarKind.BOOLEAN || scalar.text().equals(UNKNOWN))) {
      return Optional.of(scalar.kind() == Value.ScalarKind.BOOLEAN ? Truth.of(Boolean.parseBoolean(scalar.text())) : Truth.UNKNOWN);
    }
    problems.at(value, path, "expected true, false or unknown, found " + value.describe());
    return Optional.empty();
  }

  static <E extends Enum<E>> Optional<E> choice(
      Value value, String path, Class<E> type, Problems problems) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value instanceof Value.Scalar scalar && names.contains(scalar.text())) {
      return Optional.of(Enum.valueOf(type, scalar.text()));
    }
    String given = value instanceof Value.Scalar scalar ? scalar.text() : "";
    String hint = Suggestion.hint(given, names);
    // A list of thirty finding codes buries the one suggestion that matters.
    String expected =
        hint.isEmpty() || names.size() <= SHORT_LIST ? "one of " + String.join(", ", names) : "a " + type.getSimpleName();
    problems.at(value, path, "expected " + expected + ", found " + value.describe() + hint);
    return Optional.empty();
  }

  static Optional<LocalDate> date(Value value, String path, Problems problems) {
    return parse(value, path, problems, TEXT_ONLY, LocalDate::parse, "a date as YYYY-MM-DD");
  }

  /** A date, or a date-time with its offset; with {@code unknownAllowed}, also {@code unknown}. */
  static Optional<PointInTime> pointInTime(Value value, String path, Problems problems, boolean unknownAllowed) {
    if (unknownAllowed && value instanceof Value.Scalar scalar && scalar.text().equals(UNKNOWN)) {
      return Optional.of(PointInTime.unknown());
    }
    String expected = "a date as YYYY-MM-DD or a date-time with its offset as YYYY-MM-DDThh:mm:ss+hh:mm"
        + (unknownAllowed ? ", or unknown" : "");
    return parse(
        value,
        path,
        problems,
        TEXT_ONLY,
        text -> text.contains("T") ? PointInTime.of(OffsetDateTime.parse(text)) : PointInTime.of(LocalDate.parse(text)),
        expected);
  }

  static Optional<YearMonth> month(Value value, String path, Problems problems) {
    return parse(value, path, problems, TEXT_ONLY, YearMonth::parse, "a month as YYYY-MM");
  }

  /** Exactly as written, never through a double: 299999.99 stays 299999.99. */
  static Optional<BigDecimal> decimal(Value value, String path, Problems problems) {
    return parse(value, path, problems, NUMBER_OR_TEXT, BigDecimal::new, "an amount such as 25000.00");
  }

  static Optional<Integer> wholeNumber(Value value, String path, Problems problems) {
    return parse(value, path, problems, NUMBER_OR_TEXT, Integer::parseInt, "a whole number");
  }

  private static <T> Optional<T> parse(
      Value value,
      String path,
      Problems problems,
      Set<Value.ScalarKind> kinds,
      Function<String, T> parser,
      String expected) {
    if (value instanceof Value.Scalar scalar && kinds.contains(scalar.kind()) && scalar.text().length() <= LONGEST_NUMBER) {
      try {
        return Optional.of(parser.apply(scalar.text().strip()));
      } catch (DateTimeParseException | NumberFormatException e) {
        // reported below, with what was expected
      }
    }
    problems.at(value, path, "expected " + expected + ", found " + value.describe());
    return Optional.empty();
  }
}
