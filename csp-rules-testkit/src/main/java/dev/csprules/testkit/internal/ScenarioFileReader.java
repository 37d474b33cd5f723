package dev.csprules.testkit.internal;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.testkit.Expectation;
import dev.csprules.testkit.Location;
import dev.csprules.testkit.RequestEntry;
import dev.csprules.testkit.Scenario;
import dev.csprules.testkit.ScenarioFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario and request files, collecting every problem in {@link #problems()}. A folder's
 * shared fixtures ({@code _fixtures.yaml}) are read once however many of its files are read.
 */
public final class ScenarioFileReader {
  /** Fixtures shared by every file of a folder; the first of these names that exists is read. */
  public static final List<String> FOLDER_FIXTURES = List.of("_fixtures.yaml", "_fixtures.yml", "_fixtures.json");

  static final String TODO_PREFIX = "todo_";

  private final Problems problems = new Problems();
  private final ExpectationMapper expectations = new ExpectationMapper(problems);
  private final Map<Path, Fixtures> folderFixtures = new HashMap<>();
  private final Optional<PolicyEngine> engine;
  private final Optional<LocalDate> asOfOverride;

  /** A reader that names only the problems of the files themselves. */
  public ScenarioFileReader() {
    this(Optional.empty(), Optional.empty());
  }

  /**
   * A reader that also asks {@code engine} what is wrong with a request it could not read
   * cleanly, so one report names every problem of the file: the reader's and the engine's.
   *
   * @param asOfOverride the date requests are decided on whatever the file says, if any
   */
  public ScenarioFileReader(Optional<PolicyEngine> engine, Optional<LocalDate> asOfOverride) {
    this.engine = engine;
    this.asOfOverride = asOfOverride;
  }

  public Problems problems() {
    return problems;
  }

  /** The scenarios of a file; empty when it has problems. */
  public Optional<ScenarioFile> scenarios(Path file) {
    return top(file).flatMap(top -> scenarios(file, top));
  }

  private Optional<ScenarioFile> scenarios(Path file, ObjectFields top) {
    int before = problems.count();
    if (!top.mapping().has("scenarios") && (top.mapping().has("application") || top.mapping().has("order"))) {
      problems.add(
          top.mapping().location(),
          "",
          "this file holds a single request (application: or order:), not a list of scenarios: "
              + "write it under scenarios: with a name, an asOf and an expect");
      return Optional.empty();
    }
    String description = top.text("description");
    Fixtures fixtures = fixtures(file, top);
    Set<String> names = new HashSet<>();
    Optional<Value> list = top.required("scenarios");
    List<Scenario> scenarios =
        list.map(
                value ->
                    Lists.items(
                        value, "scenarios", problems, (item, path) -> scenario(item, path, fixtures, names)))
            .orElse(List.of());
    list.filter(value -> value instanceof Value.Sequence sequence && sequence.items().isEmpty())
        .ifPresent(value -> problems.at(value, "scenarios", "the list is empty"));
    top.finish();
    return problems.count() == before ? Optional.of(new ScenarioFile(file, description, scenarios)) : Optional.empty();
  }

  /**
   * The requests of a file to evaluate: a request file's one request, or every scenario's request
   * of a scenario file. Empty when the file has problems.
   */
  public List<RequestEntry> requests(Path file) {
    int before = problems.count();
    Optional<ObjectFields> read = top(file);
    if (read.isEmpty()) {
      return List.of();
    }
    ObjectFields top = read.get();
    if (top.mapping().has("scenarios")) {
      return scenarios(file, top).stream()
          .flatMap(scenarios -> scenarios.scenarios().stream())
          .map(s -> new RequestEntry(s.name(), s.location(), Optional.of(s.asOf()), s.request()))
          .toList();
    }
    top.text("description");
    String name = top.text("name");
    Fixtures fixtures = fixtures(file, top);
    Optional<LocalDate> asOf = top.optional("asOf", this::date);
    Optional<PolicyRequest> request = request(top, fixtures, asOf, before);
    top.finish();
    if (problems.count() > before || request.isEmpty()) {
      return List.of();
    }
    Location requestAt =
        top.mapping().field("application").or(() -> top.mapping().field("order"))
            .map(Value.Field::keyLocation)
            .orElse(top.mapping().location());
    return List.of(new RequestEntry(name.isBlank() ? request.get().id() : name, requestAt, asOf, request.get()));
  }

  /** The top-level mapping of a file, with the keys every kind of file may have. */
  private Optional<ObjectFields> top(Path file) {
    return YamlTreeLoader.load(file, problems)
        .flatMap(root -> ObjectFields.of(root, "", problems, false))
        .map(
            top -> {
              top.optional("$schema", this::text);
              return top;
            });
  }

  private Optional<Scenario> scenario(Value value, String path, Fixtures fixtures, Set<String> names) {
    int before = problems.count();
    Optional<ObjectFields> read = ObjectFields.of(value, path, problems, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields fields = read.get();
    String name = fields.required("name", this::text).orElse("");
    fields.optional("name").ifPresent(nameValue -> checkName(name, nameValue, fields.path("name"), names));
    String description = fields.text("description");
    Optional<LocalDate> asOf = fields.required("asOf", this::date);
    Optional<String> skip = fields.optional("skip").flatMap(skipValue -> skip(skipValue, fields.path("skip")));
    Optional<DecisionKind> kind =
        fields.mapping().has("application") ? Optional.of(DecisionKind.ENROLLMENT)
            : fields.mapping().has("order") ? Optional.of(DecisionKind.ORDER) : Optional.empty();
    Optional<PolicyRequest> request = request(fields, fixtures, asOf, before);
    Optional<Expectation> expect =
        fields.required("expect", (expectValue, expectPath) -> expectations.expectation(expectValue, expectPath, kind));
    fields.finish();
    if (problems.count() > before || asOf.isEmpty() || request.isEmpty() || expect.isEmpty()) {
      return Optional.empty();
    }
    if (skip.isEmpty() && name.startsWith(TODO_PREFIX)) {
      skip = Optional.of("its name starts with " + TODO_PREFIX);
    }
    return Optional.of(
        new Scenario(name, description, value.location(), asOf.get(), request.get(), expect.get(), skip));
  }

  private void checkName(String name, Value value, String path, Set<String> names) {
    if (name.isBlank()) {
      problems.at(value, path, "must not be blank");
    } else if (!names.add(name)) {
      problems.at(value, path, "another scenario in this file is named '" + name + "'");
    }
  }

  /** {@code skip: true}, or the reason as text; {@code skip: false} runs the scenario. */
  private Optional<String> skip(Value value, String path) {
    if (value instanceof Value.Scalar scalar) {
      if (scalar.kind() == Value.ScalarKind.BOOLEAN) {
        return Boolean.parseBoolean(scalar.text())
            ? Optional.of("skip: true")
            : Optional.empty();
      }
      if (scalar.kind() == Value.ScalarKind.TEXT && !scalar.text().isBlank()) {
        return Optional.of(scalar.text());
      }
    }
    problems.at(value, path, "expected true, false or the reason for skipping, found " + value.describe());
    return Optional.empty();
  }

  /**
   * The one request of a scenario or request file: {@code application:} or {@code order:}. When
   * its file has problems from {@code problemsBefore} on, the engine's problems with it join them.
   */
  private Optional<PolicyRequest> request(
      ObjectFields fields, Fixtures fixtures, Optional<LocalDate> asOf, int problemsBefore) {
    RequestMapper mapper = new RequestMapper(fixtures, problems, false);
    Optional<Value> application = fields.optional("application");
    Optional<Value> order = fields.optional("order");
    if (application.isPresent() && order.isPresent()) {
      problems.at(fields.mapping(), fields.path("order"), "give an application or an order, not both");
      return Optional.empty();
    }
    String key = application.isPresent() ? "application" : "order";
    Optional<Value> value = application.or(() -> order);
    if (value.isEmpty()) {
      problems.at(fields.mapping(), fields.path("application"), "is missing: give an application or an order");
      return Optional.empty();
    }
    Optional<PolicyRequest> request =
        application.isPresent()
            ? mapper.application(value.get(), fields.path(key)).map(PolicyRequest.class::cast)
            : mapper.order(value.get(), fields.path(key)).map(PolicyRequest.class::cast);
    if (problems.count() > problemsBefore && request.isPresent()) {
      engineProblems(request.get(), fields, key, value.get(), asOf);
    }
    return request;
  }

  /**
   * Adds what the engine finds wrong with a request read with stand-ins, at the place in the file
   * each problem's path leads to; problems about a value the reader already reported are left out.
   */
  private void engineProblems(
      PolicyRequest request, ObjectFields fields, String key, Value requestValue, Optional<LocalDate> asOf) {
    if (engine.isEmpty()) {
      return;
    }
    Optional<LocalDate> date = asOfOverride.or(() -> asOf);
    for (Problem problem : engine.get().problems(request, date.orElse(LocalDate.MAX))) {
      boolean aboutAsOf = problem.path().equals("asOf");
      if (aboutAsOf && date.isEmpty()) {
        continue;
      }
      String path = aboutAsOf ? fields.path("asOf") : fields.path(key) + "." + problem.path();
      if (!problems.covers(path)) {
        Location at =
            aboutAsOf
                ? fields.mapping().field("asOf").map(field -> field.value().location()).orElse(fields.mapping().location())
                : ValuePaths.deepest(requestValue, problem.path());
        problems.add(at, path, problem.message());
      }
    }
  }

  /** The folder's shared fixtures, overridden by the file's own. Both are checked when read. */
  private Fixtures fixtures(Path file, ObjectFields top) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Fixtures shared = folderFixtures.get(folder);
    if (shared == null) {
      shared = folderFixtures(file);
      folderFixtures.put(folder, shared);
    }
    Fixtures own = top.optional("fixtures").map(value -> Fixtures.read(value, "fixtures", problems)).orElse(Fixtures.none());
    Fixtures all = shared.shadowedBy(own);
    check(own, all);
    return all;
  }

  private Fixtures folderFixtures(Path file) {
    for (String name : FOLDER_FIXTURES) {
      Path fixturesFile = file.resolveSibling(name);
      if (Files.isRegularFile(fixturesFile)) {
        Fixtures fixtures =
            top(fixturesFile)
                .map(
                    top -> {
                      top.text("description");
                      Fixtures read =
                          top.required("fixtures", (value, path) -> Optional.of(Fixtures.read(value, path, problems)))
                              .orElse(Fixtures.none());
                      top.finish();
                      return read;
                    })
                .orElse(Fixtures.none());
        check(fixtures, fixtures);
        return fixtures;
      }
    }
    return Fixtures.none();
  }

  /** Reads each of {@code fixtures} as far as a fixture goes, using any of {@code visible}. */
  private void check(Fixtures fixtures, Fixtures visible) {
    RequestMapper mapper = new RequestMapper(visible, problems, true);
    for (FixtureKind kind : FixtureKind.values()) {
      fixtures.all(kind).forEach((name, fixture) -> mapper.check(kind, fixture, "fixtures." + kind.key() + "." + name));
    }
  }

  private Optional<String> text(Value value, String path) {
    return Scalars.text(value, path, problems);
  }

  private Optional<LocalDate> date(Value value, String path) {
    return Scalars.date(value, path, problems);
  }
}
