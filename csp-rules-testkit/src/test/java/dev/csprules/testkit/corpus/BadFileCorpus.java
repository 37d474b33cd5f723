package dev.csprules.testkit.corpus;

import static dev.csprules.testkit.corpus.Doc.list;
import static dev.csprules.testkit.corpus.Doc.mapping;
import static dev.csprules.testkit.corpus.Doc.plain;
import static dev.csprules.testkit.corpus.Doc.text;

import dev.csprules.testkit.corpus.BadFile.FileProblem;
import dev.csprules.testkit.corpus.BadFile.RequestProblem;
import dev.csprules.testkit.corpus.Emitter.Emitted;
import dev.csprules.testkit.corpus.Emitter.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bad-input corpus of scenario and request files: every field of a request broken in every
 * way its kind can be (left out, the wrong type, an unknown value, an absurd date or amount), an
 * unknown and a repeated key in every mapping, and files broken as files ({@link BrokenFiles}).
 * Each case says what must come of it: one problem at its line, column and path, or the engine's
 * refusal of the request at its path.
 */
public final class BadFileCorpus {
  /** The field the corpus adds to every mapping: no request has it. */
  static final String UNKNOWN_FIELD = "unexpectedField";

  private BadFileCorpus() {}

  /** A base document written in one format. */
  record Base(String label, Doc doc, String format) {
    Emitted emit(Doc changed) {
      return format.equals("json") ? Emitter.json(changed) : Emitter.yaml(changed);
    }
  }

  public static List<BadFile> all() {
    List<BadFile> cases = new ArrayList<>();
    Base application = new Base("application", BaseDocuments.APPLICATION, "yaml");
    Field.application().forEach(field -> cases.addAll(broken(application, field)));
    for (String format : List.of("yaml", "json")) {
      Base order = new Base("order " + format, BaseDocuments.ORDER, format);
      Field.order().forEach(field -> cases.addAll(broken(order, field)));
    }
    cases.addAll(ScenarioFileCases.all());
    cases.addAll(BrokenFiles.all());
    return List.copyOf(cases);
  }

  /** The cases that break one field of a base document as its kind can be broken. */
  private static List<BadFile> broken(Base base, Field field) {
    Breaker at = new Breaker(base, field.path());
    List<BadFile> cases =
        switch (field.kind()) {
          case OBJECT -> at.object();
          case TEXT -> at.notText();
          case REQUIRED_TEXT -> concat(at.notText(), at.missingFromRequest("is missing"), at.blank());
          case FLAG -> at.flag();
          case ENUM -> at.choice(field.type());
          case REQUIRED_ENUM -> concat(at.choice(field.type()), at.missingFromFile());
          case ENUM_SET -> at.enumSet(field.type());
          case TEXT_SET -> at.textSet();
          case REQUIRED_DATE -> concat(at.date(), at.missingFromFile());
          case ORDER_TIME -> concat(at.pointInTime(false), at.missingFromFile());
          case ACCEPTANCE_TIME -> concat(at.pointInTime(true), at.missingFromFile());
          case TRUTH -> at.truth();
          case AS_OF -> at.asOf();
          case MONTH -> concat(at.month(), at.missingFromFile());
          case AMOUNT -> concat(at.amount(), at.missingFromFile());
          case QUANTITY -> concat(at.quantity(), at.missingFromFile());
          case COUNTRY -> concat(at.notText(), at.country());
          case REQUIRED_COUNTRY -> concat(at.notText(), at.country(), at.missingFromRequest("is missing"), at.blank());
          case COUNTRY_MAP -> at.countryMap();
          case CURRENCY -> concat(at.notText(), at.currency(), at.missingFromRequest("is missing"));
          case USD -> concat(at.notText(), at.usd(), at.missingFromRequest("is missing"));
          case OBJECT_LIST -> at.objectList();
          case LINES -> concat(at.objectList(), at.missingFromRequest("an order needs at least one line"), at.noLines());
        };
    // A change JSON cannot write (YAML's yes, .nan) has no JSON case.
    return cases.stream().filter(Objects::nonNull).toList();
  }

  /** The cases given, leaving out those JSON cannot write (null). */
  private static List<BadFile> cases(BadFile... files) {
    return Arrays.stream(files).filter(Objects::nonNull).toList();
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }

  /** The path the engine reports for a file's path: the request's fields start at its root. */
  static String requestPath(String path) {
    return path.replaceFirst("^(scenarios\\[\\d+]\\.)?(application|order)\\.", "");
  }

  /** Breaks the value at one path of a base document. */
  static final class Breaker {
    private final Base base;
    private final String path;
    private final Doc value;

    Breaker(Base base, String path) {
      this.base = base;
      this.path = path;
      this.value = Doc.at(base.doc(), path);
    }

    /**
     * A case whose document is {@code changed}, and whose expectation is read off its text; null
     * when the base is JSON and JSON cannot write the change.
     */
    BadFile file(String what, Doc changed, Function<Emitted, BadFile.Expected> expected) {
      if (base.format().equals("json") && !isJson(changed)) {
        return null;
      }
      Emitted emitted = base.emit(changed);
      String name = base.label() + ": " + (path.isEmpty() ? "the file" : path) + " " + what;
      return new BadFile(name, base.format(), Contents.text(emitted.text()), expected.apply(emitted));
    }

    /** The value replaced by {@code replacement}; the reader reports it at its place. */
    BadFile wrongValue(String what, Doc replacement, String says) {
      return file(what, Doc.replace(base.doc(), path, replacement), emitted -> problemAt(emitted.value(path), path, says));
    }

    /** The value replaced by {@code replacement}, which reads; the engine refuses it. */
    BadFile refusedValue(String what, Doc replacement, String says) {
      return file(what, Doc.replace(base.doc(), path, replacement), emitted -> new RequestProblem(requestPath(path), says));
    }

    List<BadFile> missingFromFile() {
      String parent = Doc.Path.of(path).parent();
      return cases(
          file(
              "left out",
              Doc.remove(base.doc(), path),
              emitted -> problemAt(emitted.value(parent), path, "is missing, and it is required")));
    }

    List<BadFile> missingFromRequest(String says) {
      return cases(file("left out", Doc.remove(base.doc(), path), emitted -> new RequestProblem(requestPath(path), says)));
    }

    List<BadFile> blank() {
      return cases(
          refusedValue("empty", text(""), "is missing"),
          refusedValue("blank", text("   "), "is missing"),
          refusedValue("null", plain("null"), "is missing"));
    }

    List<BadFile> notText() {
      return cases(
          wrongValue("a list", list(text("x")), "expected text, found a list"),
          wrongValue("a mapping", mapping("x", text("y")), "expected text, found a mapping"));
    }

    List<BadFile> object() {
      return path.isEmpty() ? unknownAndRepeatedKeys() : concat(unknownAndRepeatedKeys(), notAMapping());
    }

    /** A field no request has, a known field in the wrong case, and a key written twice. */
    List<BadFile> unknownAndRepeatedKeys() {
      Doc.Mapping mapping = (Doc.Mapping) value;
      String first = mapping.entries().get(0).key();
      Doc firstValue = mapping.entries().get(0).value();
      String unknown = child(UNKNOWN_FIELD);
      String typo = child(first.toUpperCase(Locale.ROOT));
      return cases(
                  file(
                      "with an unknown field",
                      Doc.add(base.doc(), path, UNKNOWN_FIELD, text("x")),
                      emitted -> problemAt(emitted.key(unknown), unknown, "unknown field; expected one of")),
                  file(
                      "with a field in the wrong case",
                      Doc.add(base.doc(), path, first.toUpperCase(Locale.ROOT), firstValue),
                      emitted -> problemAt(emitted.key(typo), typo, "unknown field (did you mean '" + first + "'?)")),
                  file(
                      "with a key given twice",
                      Doc.add(base.doc(), path, first, firstValue),
                      emitted ->
                          problemAt(
                              emitted.repeatedKey(child(first)),
                              "",
                              "duplicate key '" + first + "' (first at line " + emitted.key(child(first)).line() + ")")));
    }

    List<BadFile> notAMapping() {
      return cases(
          wrongValue("a list", list(text("x")), "expected a mapping of fields, found a list"),
          wrongValue("text", text("x"), "expected a mapping of fields, found 'x'"),
          wrongValue("a number", plain("42"), "expected a mapping of fields, found '42'"));
    }

    List<BadFile> flag() {
      return cases(
          wrongValue("yes", plain("yes"), "expected true or false, found 'yes'"),
          wrongValue("quoted true", text("true"), "expected true or false, found 'true'"),
          wrongValue("1", plain("1"), "expected true or false, found '1'"),
          wrongValue("null", plain("null"), "expected true or false, found an empty value"),
          wrongValue("a list", list(plain("true")), "expected true or false, found a list"));
    }

    List<BadFile> truth() {
      String expected = "expected true, false or unknown, found ";
      return cases(
          wrongValue("yes", plain("yes"), expected + "'yes'"),
          wrongValue("quoted true", text("true"), expected + "'true'"),
          wrongValue("Unknown", plain("Unknown"), expected + "'Unknown'"),
          wrongValue("null", plain("null"), expected + "an empty value"),
          wrongValue("a list", list(plain("true")), expected + "a list"));
    }

    List<BadFile> choice(Class<? extends Enum<?>> type) {
      String current = ((Doc.Scalar) value).text();
      return cases(
          wrongValue("an unknown value", text("NOT_A_VALUE"), "expected one of " + names(type) + ", found 'NOT_A_VALUE'"),
          wrongValue(
              "in lower case",
              text(current.toLowerCase(Locale.ROOT)),
              "found '" + current.toLowerCase(Locale.ROOT) + "' (did you mean '" + current + "'?)"),
          wrongValue("a number", plain("1"), "found '1'"),
          wrongValue("a list", list(text(current)), "found a list"));
    }

    List<BadFile> enumSet(Class<? extends Enum<?>> type) {
      Doc first = ((Doc.Sequence) value).items().get(0);
      return cases(
          appended("an unknown value", text("NOT_A_VALUE"), "expected one of " + names(type) + ", found 'NOT_A_VALUE'"),
          appended("a value twice", first, "'" + ((Doc.Scalar) first).text() + "' is listed twice"),
          wrongValue("one value, not a list", first, "expected a list, found '" + ((Doc.Scalar) first).text() + "'"),
          wrongValue("a mapping", mapping("x", text("y")), "expected a list, found a mapping"));
    }

    List<BadFile> textSet() {
      Doc first = ((Doc.Sequence) value).items().get(0);
      return cases(
          appended("a value twice", first, "'" + ((Doc.Scalar) first).text() + "' is listed twice"),
          appended("a list in the list", list(text("x")), "expected text, found a list"),
          wrongValue("one value, not a list", first, "expected a list, found '" + ((Doc.Scalar) first).text() + "'"),
          file(
              "with a blank item",
              Doc.append(base.doc(), path, text(" ")),
              emitted -> new RequestProblem(requestPath(path), "contains a blank tenant id")));
    }

    /** An item added at the end of the list; the reader reports it at the item's place. */
    BadFile appended(String what, Doc item, String says) {
      int index = ((Doc.Sequence) value).items().size();
      String itemPath = path + "[" + index + "]";
      return file("with " + what, Doc.append(base.doc(), path, item), emitted -> problemAt(emitted.value(itemPath), itemPath, says));
    }

    /** Dates no calendar has, or not written as YYYY-MM-DD. */
    List<BadFile> date() {
      String expected = "expected a date as YYYY-MM-DD, found ";
      return concat(
          unreadable(
              expected,
              "February 30", "2018-02-30",
              "month 13", "2020-13-01",
              "month 0", "2020-00-10",
              "day 32", "2020-01-32",
              "a five-digit year", "99999-01-01",
              "without leading zeros", "2020-1-5",
              "day first", "15/11/2020",
              "with a time", "2020-11-15T10:00:00",
              "empty", ""),
          cases(
              wrongValue("a number", plain("20201115"), expected + "'20201115'"),
              wrongValue("null", plain("null"), expected + "an empty value"),
              wrongValue("a list", list(text("2020-11-15")), expected + "a list")));
    }

    /** An order or acceptance time: a date, a date-time with its offset, and unknown where allowed. */
    List<BadFile> pointInTime(boolean unknownAllowed) {
      String expected =
          "expected a date as YYYY-MM-DD or a date-time with its offset as YYYY-MM-DDThh:mm:ss+hh:mm"
              + (unknownAllowed ? ", or unknown" : "")
              + ", found ";
      List<BadFile> unreadable =
          unreadable(
              expected,
              "February 30", "2018-02-30",
              "month 13", "2020-13-01",
              "day first", "15/11/2020",
              "a time without its offset", "2020-11-15T10:00:00",
              "an offset out of range", "2020-11-15T10:00:00+19:00",
              "empty", "");
      return concat(
          unreadable,
          unknownAllowed ? cases() : unreadable(expected, "unknown", "unknown"),
          cases(
              wrongValue("a number", plain("20201115"), expected + "'20201115'"),
              wrongValue("a list", list(text("2020-11-15")), expected + "a list")));
    }

    /**
     * Texts the reader cannot read as the field's type, each reported as found: {@code
     * labelsAndTexts} is a label, then its text, then the next label...
     */
    private List<BadFile> unreadable(String expected, String... labelsAndTexts) {
      List<BadFile> cases = new ArrayList<>();
      for (int i = 0; i < labelsAndTexts.length; i += 2) {
        String written = labelsAndTexts[i + 1];
        cases.add(wrongValue(labelsAndTexts[i], text(written), expected + "'" + written + "'"));
      }
      return cases;
    }

    /** A request file's asOf: the reader's date problems, and days no policy was in force on. */
    List<BadFile> asOf() {
      String before = " is before the first edition (2018-01, in force from 2018-01-24)";
      return concat(
          date(),
          cases(
              refusedValue("the day before the first edition", text("2018-01-23"), "2018-01-23" + before),
              refusedValue("year 0", text("0000-01-01"), "0000-01-01" + before),
              refusedValue("the first day there is", text("-999999999-01-01"), "-999999999-01-01" + before)));
    }

    List<BadFile> month() {
      String expected = "expected a month as YYYY-MM, found ";
      return concat(
          unreadable(
              expected,
              "month 13", "2020-13",
              "month 0", "2020-00",
              "without a leading zero", "2020-1",
              "a day", "2020-01-01",
              "a word", "January"),
          cases(
              wrongValue("a number", plain("202001"), expected + "'202001'"),
              wrongValue("a list", list(text("2020-01")), expected + "a list")));
    }

    List<BadFile> amount() {
      String expected = "expected an amount such as 25000.00, found ";
      String outOfRange = "is out of range: an amount has at most 15 digits before the decimal point and 6 after";
      return concat(
          unreadable(
              expected,
              "a word", "abc",
              "NaN", "NaN",
              "with a thousands separator", "1,000.00",
              "with two decimal points", "1.000.00",
              "with a currency sign", "$25000"),
          cases(
          wrongValue("not a number", plain(".nan"), expected + "'.nan'"),
          wrongValue("infinite", plain(".inf"), expected + "'.inf'"),
          wrongValue("in hexadecimal", plain("0x1F"), expected + "'0x1F'"),
          wrongValue("true", plain("true"), expected + "'true'"),
          wrongValue("a list", list(plain("1")), expected + "a list"),
          wrongValue("a hundred thousand digits long", plain("9".repeat(100_000)), expected + "'" + "9".repeat(40) + "…' (100000 characters)"),
          refusedValue("negative", plain("-0.01"), "must not be negative, was -0.01"),
          refusedValue("1e400", plain("1e400"), outOfRange),
          refusedValue("forty digits long", plain("1234567890123456789012345678901234567890"), outOfRange),
          refusedValue("a billion digits long once written out", plain("1e999999999"), outOfRange),
          refusedValue("negative, a billion digits long", plain("-1e999999999"), outOfRange),
          refusedValue("with a billion decimal places", plain("1e-999999999"), outOfRange),
          refusedValue("with seven decimal places", plain("0.0000001"), outOfRange)));
    }

    List<BadFile> quantity() {
      String expected = "expected a whole number, found ";
      return cases(
          wrongValue("a word", text("ten"), expected + "'ten'"),
          wrongValue("a fraction", plain("1.5"), expected + "'1.5'"),
          wrongValue("beyond an int", plain("2147483648"), expected + "'2147483648'"),
          wrongValue("in exponent notation", plain("1e3"), expected + "'1e3'"),
          wrongValue("a list", list(plain("1")), expected + "a list"),
          refusedValue("zero", plain("0"), "must be at least 1, was 0"),
          refusedValue("negative", plain("-1"), "must be at least 1, was -1"),
          refusedValue("the least int", plain("-2147483648"), "must be at least 1, was -2147483648"));
    }

    List<BadFile> country() {
      String unknown = "unknown country code '%s' (ISO 3166-1 alpha-2, upper case)";
      return cases(
          refusedValue("an unknown code", text("XX"), unknown.formatted("XX")),
          refusedValue("in lower case", text("jp"), unknown.formatted("jp")),
          refusedValue("alpha-3", text("JPN"), unknown.formatted("JPN")),
          refusedValue("a number", plain("392"), unknown.formatted("392")),
          refusedValue("a thousand letters long", text("J".repeat(1000)), unknown.formatted("J".repeat(40) + "…")));
    }

    List<BadFile> currency() {
      return cases(
          refusedValue("an unknown code", text("YEN"), "unknown currency code 'YEN' (ISO 4217)"),
          refusedValue("in lower case", text("jpy"), "unknown currency code 'jpy' (ISO 4217)"),
          refusedValue("empty", text(""), "is missing"));
    }

    List<BadFile> usd() {
      return cases(
          refusedValue("an unknown code", text("EURO"), "unknown currency code 'EURO' (ISO 4217)"),
          refusedValue("in lower case", text("usd"), "unknown currency code 'usd' (ISO 4217)"),
          refusedValue("not USD", text("EUR"), "must be USD"));
    }

    List<BadFile> countryMap() {
      String first = ((Doc.Mapping) value).entries().get(0).key();
      String unknown = "unknown country code '%s' (ISO 3166-1 alpha-2, upper case)";
      return cases(
          file(
              "keyed by an unknown country",
              Doc.add(base.doc(), path, "ZZ", text("1")),
              emitted -> new RequestProblem(requestPath(child("ZZ")), unknown.formatted("ZZ"))),
          file(
              "keyed by a country in lower case",
              Doc.add(base.doc(), path, "jp", text("1")),
              emitted -> new RequestProblem(requestPath(child("jp")), unknown.formatted("jp"))),
          file(
              "with a list for a value",
              Doc.replace(base.doc(), child(first), list(text("1"))),
              emitted -> problemAt(emitted.value(child(first)), child(first), "expected text, found a list")),
          wrongValue("a list", list(text("JP")), "expected a mapping of fields, found a list"),
          wrongValue("text", text("JP"), "expected a mapping of fields, found 'JP'"));
    }

    List<BadFile> objectList() {
      return cases(
          wrongValue("one mapping, not a list", ((Doc.Sequence) value).items().get(0), "expected a list, found a mapping"),
          wrongValue("text", text("x"), "expected a list, found 'x'"),
          appended("text for an item", text("x"), "expected a mapping of fields, found 'x'"),
          appended("a list for an item", list(text("x")), "expected a mapping of fields, found a list"));
    }

    List<BadFile> noLines() {
      return cases(refusedValue("empty", list(), "an order needs at least one line"));
    }

    String child(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether the changed document is still JSON when written as JSON. */
    private static boolean isJson(Doc doc) {
      if (doc instanceof Doc.Scalar scalar) {
        return scalar.quoted() || scalar.text().matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?|true|false|null");
      }
      if (doc instanceof Doc.Sequence sequence) {
        return sequence.items().stream().allMatch(Breaker::isJson);
      }
      return ((Doc.Mapping) doc).entries().stream().allMatch(entry -> isJson(entry.value()));
    }
  }

  static FileProblem problemAt(Position at, String path, String says) {
    return new FileProblem(Optional.of(at), path, says, 1);
  }

  private static String names(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
