package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Tenant;
import dev.csprules.testkit.internal.Problems;
import dev.csprules.testkit.internal.Value;
import dev.csprules.testkit.internal.YamlTreeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/scenario.schema.json, which editors use, against the reader: every file the reader accepts
 * in the repository validates, the schema is as strict about unknown fields, and its field names
 * and enums are the API's.
 */
class ScenarioSchemaTest {
  private static final Path ROOT = Path.of("..");
  private static final JsonNode SCHEMA_TREE = readJson(ROOT.resolve("docs/scenario.schema.json"));
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE);

  @TempDir Path folder;

  @TestFactory
  Stream<DynamicTest> everyScenarioExampleAndFixturesFileOfTheRepositoryValidates() throws IOException {
    List<Path> files = new ArrayList<>();
    // examples/partner-center holds Partner Center's own payloads (docs/partner-center.md), not requests.
    Path partnerCenterPayloads = ROOT.resolve("examples").resolve("partner-center");
    for (Path root : List.of(ROOT.resolve("scenarios"), ROOT.resolve("examples"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(file -> file.toString().matches(".*\\.(yaml|yml|json)$"))
            .filter(file -> !file.startsWith(partnerCenterPayloads))
            .sorted()
            .forEach(files::add);
      }
    }
    assertTrue(files.size() > 15, "found " + files);
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> assertEquals(Set.of(), SCHEMA.validate(asJson(file)))));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    Path unknownField =
        TestFiles.write(
            folder,
            "unknown.yaml",
            "scenarios:\n  - {name: x, asOf: 2020-11-15, application: {partner: {mpnID: 1}}, expect: {outcome: ELIGIBLE}}\n");
    Path errorWithOutcome =
        TestFiles.write(
            folder,
            "error.yaml",
            "scenarios:\n  - {name: x, asOf: 2020-11-15, order: {}, expect: {error: lines, outcome: DENIED}}\n");
    Path bothRequests =
        TestFiles.write(
            folder, "both.yaml", "scenarios:\n  - {name: x, asOf: 2020-11-15, order: {}, application: {}, expect: {outcome: DENIED}}\n");
    Path misspeltCode =
        TestFiles.write(
            folder, "code.yaml", "scenarios:\n  - {name: x, asOf: 2020-11-15, order: {}, expect: {present: [SELLER_NOT_ENROLLD]}}\n");

    for (Path file : List.of(unknownField, errorWithOutcome, bothRequests, misspeltCode)) {
      Set<ValidationMessage> messages = SCHEMA.validate(asJson(file));
      assertFalse(messages.isEmpty(), file + " should not validate");
    }
  }

  @Test
  void theSchemasFieldsAreTheApisRecordComponents() {
    assertEquals(components(EnrollmentApplication.class, "use"), properties("application"));
    assertEquals(components(Order.class, "use"), properties("order"));
    assertEquals(components(Partner.class, "use"), properties("partner"));
    assertEquals(components(Customer.class, "use"), properties("customer"));
    assertEquals(components(Address.class), properties("address"));
    assertEquals(components(Tenant.class), properties("tenant"));
    assertEquals(components(IndirectProviderRelationship.class), properties("indirectProvider"));
    assertEquals(components(RevenueRecord.class), properties("revenueRecord"));
    assertEquals(components(AgreementAcceptance.class), properties("agreementAcceptance"));
    assertEquals(components(OrderLine.class), properties("orderLine"));
  }

  @Test
  void theSchemasEnumsAreTheApisEnums() {
    assertEquals(names(FindingCode.class), enumOf("findingCode"));
    assertEquals(names(Outcome.class), enumOf("outcome"));
    assertEquals(names(CspModel.class), enumOf("cspModel"));
    assertEquals(names(SupportPlan.class), enumOf("supportPlan"));
    assertEquals(names(Capability.class), enumOf("capability"));
    assertEquals(names(ServiceOffering.class), enumOf("serviceOffering"));
    assertEquals(names(RevenueKind.class), enumOf("revenueKind"));
    assertEquals(names(SalesChannel.class), enumOf("salesChannel"));
    assertEquals(names(AgreementType.class), enumOf("agreementType"));
    assertEquals(names(ProductKind.class), enumOf("productKind"));
  }

  private static Set<String> components(Class<? extends Record> type, String... extra) {
    Set<String> names = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
    names.addAll(List.of(extra));
    return names;
  }

  private static Set<String> properties(String definition) {
    Set<String> names = new TreeSet<>();
    SCHEMA_TREE.path("$defs").path(definition).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static List<String> enumOf(String definition) {
    List<String> names = new ArrayList<>();
    SCHEMA_TREE.path("$defs").path(definition).path("enum").forEach(name -> names.add(name.asText()));
    return names;
  }

  /** The file as the reader sees it (YAML 1.2 core schema), as JSON for the validator. */
  private static JsonNode asJson(Path file) {
    Problems problems = new Problems();
    Value value = YamlTreeLoader.load(file, problems).orElseThrow(() -> new AssertionError(problems.all()));
    return json(value);
  }

  private static JsonNode json(Value value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Value.Mapping mapping) {
      ObjectNode object = nodes.objectNode();
      mapping.fields().forEach(field -> object.set(field.key(), json(field.value())));
      return object;
    }
    if (value instanceof Value.Sequence sequence) {
      return nodes.arrayNode().addAll(sequence.items().stream().map(ScenarioSchemaTest::json).toList());
    }
    Value.Scalar scalar = (Value.Scalar) value;
    return switch (scalar.kind()) {
      case TEXT -> nodes.textNode(scalar.text());
      case BOOLEAN -> nodes.booleanNode(Boolean.parseBoolean(scalar.text()));
      case NULL -> nodes.nullNode();
      case NUMBER -> scalar.text().matches("[-+]?[0-9]+")
          ? nodes.numberNode(Long.parseLong(scalar.text()))
          : nodes.numberNode(new BigDecimal(scalar.text()));
    };
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
