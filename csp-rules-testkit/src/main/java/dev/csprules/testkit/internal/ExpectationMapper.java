package dev.csprules.testkit.internal;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.FactValue;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import dev.csprules.testkit.Expectation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario's {@code expect:} and rejects expectations that could never hold: a code in
 * both present and absent, an order code expected of an application, an outcome of the other
 * kind, an error expected together with a decision.
 */
final class ExpectationMapper {
  private static final Set<Outcome> ENROLLMENT_OUTCOMES = EnumSet.of(Outcome.ELIGIBLE, Outcome.REFER, Outcome.INELIGIBLE);
  private static final Set<Outcome> ORDER_OUTCOMES = EnumSet.of(Outcome.APPROVED, Outcome.REFER, Outcome.DENIED);

  private final Problems problems;

  ExpectationMapper(Problems problems) {
    this.problems = problems;
  }

  /** @param kind the kind of the scenario's request; empty when it could not be told */
  Optional<Expectation> expectation(Value value, String path, Optional<DecisionKind> kind) {
    int before = problems.count();
    Optional<ObjectFields> read = ObjectFields.of(value, path, problems, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields fields = read.get();
    Optional<Outcome> outcome =
        fields.optional("outcome", (item, itemPath) -> Scalars.choice(item, itemPath, Outcome.class, problems));
    List<FindingCode> present = codes(fields, "present", kind).orElse(List.of());
    List<FindingCode> absent = codes(fields, "absent", kind).orElse(List.of());
    Optional<List<FindingCode>> exactly = codes(fields, "exactly", kind);
    List<String> error = texts(fields, "error");
    List<String> fired = texts(fields, "fired");
    Map<FindingCode, Map<String, String>> facts = facts(fields, kind);
    fields.finish();

    Value.Mapping mapping = fields.mapping();
    if (mapping.fields().isEmpty()) {
      problems.at(mapping, path, "expects nothing; give at least one of outcome, present, absent, exactly, error, fired, facts");
    }
    if (!error.isEmpty()
        && (outcome.isPresent() || !present.isEmpty() || !absent.isEmpty() || exactly.isPresent() || !fired.isEmpty()
            || !facts.isEmpty())) {
      problems.at(
          mapping,
          path,
          "error expects the request to be rejected as bad input, so it cannot be given with outcome, present, absent, exactly, fired or facts");
    }
    outcome.ifPresent(expected -> checkOutcome(expected, kind, mapping, path));
    for (FindingCode code : present) {
      if (absent.contains(code)) {
        problems.at(mapping, path, code + " is expected both present and absent");
      }
      if (exactly.isPresent() && !exactly.get().contains(code)) {
        problems.at(mapping, path, code + " is expected present but is not in exactly");
      }
    }
    exactly.ifPresent(
        codes ->
            codes.stream()
                .filter(absent::contains)
                .forEach(code -> problems.at(mapping, path, code + " is expected absent but is in exactly")));
    facts.keySet().stream()
        .filter(code -> absent.contains(code) || exactly.map(codes -> !codes.contains(code)).orElse(false))
        .forEach(code -> problems.at(mapping, path, code + " is expected with facts but is absent or not in exactly"));
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Expectation(outcome, present, absent, exactly, error, fired, facts));
  }

  /**
   * {@code facts: {CODE: {name: text, ...}}}: each fact as its canonical text, a list as its
   * items ({@code [EUR, USD]}, or {@code []} for none).
   */
  private Map<FindingCode, Map<String, String>> facts(ObjectFields fields, Optional<DecisionKind> kind) {
    Map<FindingCode, Map<String, String>> facts = new EnumMap<>(FindingCode.class);
    fields.optional("facts").flatMap(value -> ObjectFields.of(value, fields.path("facts"), problems, false)).ifPresent(codes -> {
      for (Value.Field field : codes.mapping().fields()) {
        String codePath = codes.path(field.key());
        Scalars.choice(new Value.Scalar(field.key(), Value.ScalarKind.TEXT, field.keyLocation()), codePath, FindingCode.class, problems)
            .filter(code -> raisedBy(code, kind, field.value(), codePath))
            .ifPresent(code -> ObjectFields.of(field.value(), codePath, problems, false).ifPresent(named -> {
              Map<String, String> texts = new LinkedHashMap<>();
              for (Value.Field fact : named.mapping().fields()) {
                factText(fact.value(), named.path(fact.key())).ifPresent(text -> texts.put(fact.key(), text));
              }
              if (texts.isEmpty()) {
                problems.at(field.value(), codePath, "names no fact; give at least one, such as {needed: \"300000.00\"}");
              }
              facts.put(code, texts);
            }));
      }
    });
    return facts;
  }

  /** A scalar as written, or a list's items joined as a list fact's canonical text is. */
  private Optional<String> factText(Value value, String path) {
    if (value instanceof Value.Sequence sequence) {
      List<String> items = Lists.items(value, path, problems, (item, itemPath) -> Scalars.text(item, itemPath, problems));
      return items.size() == sequence.items().size()
          ? Optional.of(items.isEmpty() ? FactValue.ListOf.EMPTY : String.join(", ", items))
          : Optional.empty();
    }
    return Scalars.text(value, path, problems);
  }

  private void checkOutcome(Outcome expected, Optional<DecisionKind> kind, Value.Mapping mapping, String path) {
    if (kind.isEmpty()) {
      return;
    }
    Set<Outcome> possible = kind.get() == DecisionKind.ENROLLMENT ? ENROLLMENT_OUTCOMES : ORDER_OUTCOMES;
    if (!possible.contains(expected)) {
      problems.at(
          mapping.field("outcome").map(Value.Field::value).orElse(mapping),
          path + ".outcome",
          (kind.get() == DecisionKind.ENROLLMENT ? "an application" : "an order") + " is decided "
              + possible.stream().map(Outcome::name).reduce((a, b) -> a + ", " + b).orElse("")
              + ", never " + expected);
    }
  }

  /** One code or a list of codes; empty when the key is not given. */
  private Optional<List<FindingCode>> codes(ObjectFields fields, String key, Optional<DecisionKind> kind) {
    return oneOrMany(
        fields,
        key,
        (item, itemPath) ->
            Scalars.choice(item, itemPath, FindingCode.class, problems)
                .filter(code -> raisedBy(code, kind, item, itemPath)));
  }

  private boolean raisedBy(FindingCode code, Optional<DecisionKind> kind, Value item, String path) {
    if (kind.isPresent() && !code.answers(kind.get())) {
      problems.at(
          item,
          path,
          code + " is " + (code.answers(DecisionKind.ORDER) ? "an order" : "an enrollment") + " finding; "
              + (kind.get() == DecisionKind.ORDER ? "an order" : "an application") + " never raises it");
      return false;
    }
    return true;
  }

  private List<String> texts(ObjectFields fields, String key) {
    return oneOrMany(
            fields,
            key,
            (item, itemPath) -> {
              Optional<String> text = Scalars.text(item, itemPath, problems);
              if (text.isPresent() && text.get().isBlank()) {
                problems.at(item, itemPath, "must not be blank");
                return Optional.empty();
              }
              return text;
            })
        .orElse(List.of());
  }

  private <T> Optional<List<T>> oneOrMany(ObjectFields fields, String key, ObjectFields.ItemReader<T> itemReader) {
    return fields.optional(key).map(value -> oneOrMany(value, fields.path(key), itemReader));
  }

  /** A list, or a single item standing for a list of one: {@code present: MPN_ID_MISSING}. */
  private <T> List<T> oneOrMany(Value value, String path, ObjectFields.ItemReader<T> itemReader) {
    if (value instanceof Value.Sequence) {
      List<T> items = new ArrayList<>();
      for (T item : Lists.items(value, path, problems, itemReader)) {
        if (!items.contains(item)) {
          items.add(item);
        }
      }
      return items;
    }
    return itemReader.read(value, path).map(List::of).orElse(List.of());
  }
}
