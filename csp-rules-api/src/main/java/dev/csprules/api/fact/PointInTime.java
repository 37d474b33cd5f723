package dev.csprules.api.fact;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When something happened: an instant with the offset it was recorded in (Partner Center records
 * {@code dateAgreed} and an order's {@code creationDate} so), a calendar date when only the day is
 * known, or unknown. A date-time keeps its own offset: its calendar date is the one in that offset.
 */
public final class PointInTime {
  private static final PointInTime UNKNOWN = new PointInTime(null, null);

  private final @Nullable LocalDate date;
  private final @Nullable OffsetDateTime dateTime;

  private PointInTime(@Nullable LocalDate date, @Nullable OffsetDateTime dateTime) {
    this.date = date;
    this.dateTime = dateTime;
  }

  public static PointInTime of(LocalDate date) {
    return new PointInTime(Require.present(date, "date"), null);
  }

  public static PointInTime of(OffsetDateTime dateTime) {
    Require.present(dateTime, "dateTime");
    return new PointInTime(dateTime.toLocalDate(), dateTime);
  }

  public static PointInTime unknown() {
    return UNKNOWN;
  }

  /**
   * Reads {@code unknown}, an ISO date ({@code 2020-11-15}) or an ISO date-time with its offset
   * ({@code 2020-11-15T09:30:00+09:00}).
   *
   * @throws InvalidRequestException naming {@code component} when the text is none of these
   */
  public static PointInTime parse(String text, String component) {
    Require.present(text, component);
    if (text.equals("unknown")) {
      return UNKNOWN;
    }
    try {
      return text.contains("T") ? of(OffsetDateTime.parse(text)) : of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          List.of(new Problem(component, "'" + text + "' is not a date, a date-time with an offset, or unknown")));
    }
  }

  /** Lets JSON mappers read a point in time from its text. */
  public static PointInTime valueOf(String text) {
    return parse(text, "pointInTime");
  }

  public boolean isKnown() {
    return date != null;
  }

  /** Whether this carries a time with its offset, not only a date. */
  public boolean hasTime() {
    return dateTime != null;
  }

  /** The calendar date, in the offset it was recorded in; empty when unknown. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  public Optional<OffsetDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  /**
   * Whether this was at or before {@code other}: the instants when both carry a time, else the
   * calendar dates. False when either is unknown: ask {@link #isKnown()} first.
   */
  public boolean isAtOrBefore(PointInTime other) {
    if (!isKnown() || !other.isKnown()) {
      return false;
    }
    if (hasTime() && other.hasTime()) {
      return !dateTime.isAfter(other.dateTime);
    }
    return !date.isAfter(other.date);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PointInTime that
        && Objects.equals(date, that.date)
        && Objects.equals(dateTime, that.dateTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, dateTime);
  }

  /** The ISO text {@link #parse} reads back: a date, a date-time with offset, or "unknown". */
  @Override
  public String toString() {
    return dateTime != null ? dateTime.toString() : date != null ? date.toString() : "unknown";
  }
}
