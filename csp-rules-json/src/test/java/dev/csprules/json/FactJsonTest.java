package dev.csprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.drools.DroolsPolicyEngine;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's facts keep their kind through JSON: written as documented, read back equal. */
class FactJsonTest {
  private static final ObjectMapper MAPPER = CanonicalJson.mapper();
  private static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();

  @Test
  void eachKindIsAnObjectNamingItAndReadsBackEqual() throws JsonProcessingException {
    List<FactValue> values = List.of(
        new FactValue.Text("2019-11"),
        new FactValue.Amount(new BigDecimal("300000.00")),
        new FactValue.Amount(new BigDecimal("1E+3")),
        new FactValue.Count(3),
        new FactValue.Month(YearMonth.of(2019, 11)),
        new FactValue.Day(LocalDate.of(2020, 11, 15)),
        new FactValue.Moment(OffsetDateTime.parse("2020-11-15T09:30+09:00")),
        new FactValue.Flag(true),
        new FactValue.ListOf(List.of(new FactValue.Text("BILLING"), new FactValue.ListOf(List.of()))));
    List<String> json = List.of(
        "{\"text\":\"2019-11\"}",
        "{\"amount\":\"300000.00\"}",
        "{\"amount\":\"1000\"}",
        "{\"count\":3}",
        "{\"month\":\"2019-11\"}",
        "{\"day\":\"2020-11-15\"}",
        "{\"moment\":\"2020-11-15T09:30+09:00\"}",
        "{\"flag\":true}",
        "{\"list\":[{\"text\":\"BILLING\"},{\"list\":[]}]}");
    for (int i = 0; i < values.size(); i++) {
      assertEquals(json.get(i), MAPPER.writeValueAsString(values.get(i)));
      FactValue read = MAPPER.readValue(json.get(i), FactValue.class);
      // 1E+3 is written as plain 1000 and reads back as that: the same amount, its text kept.
      FactValue expected = i == 2 ? new FactValue.Amount(new BigDecimal("1000")) : values.get(i);
      assertEquals(expected, read, json.get(i));
    }
  }

  @Test
  void anyObjectMapperWritesTheSameShapeWithTheModule() throws JsonProcessingException {
    ObjectMapper plain = JsonMapper.builder().addModule(FactJson.module()).build();
    FactValue amount = new FactValue.Amount(new BigDecimal("275000.00"));
    assertEquals("{\"amount\":\"275000.00\"}", plain.writeValueAsString(amount));
    assertEquals(amount, plain.readValue("{\"amount\":\"275000.00\"}", FactValue.class));
  }

  @Test
  void aFactThatIsNotOneOfTheKindsIsRefusedNamingWhy() {
    for (String bad : List.of(
        "\"300000\"", "{}", "{\"money\":\"1\"}", "{\"amount\":1}", "{\"amount\":\"lots\"}", "{\"month\":\"2019-13\"}",
        "{\"count\":1.5}", "{\"flag\":\"yes\"}", "{\"list\":{}}", "{\"text\":\"a\",\"count\":1}")) {
      JsonProcessingException error =
          assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(bad, FactValue.class), bad);
      assertFalse(error.getOriginalMessage().isBlank(), bad);
    }
    JsonProcessingException unknown =
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("{\"money\":\"1\"}", FactValue.class));
    assertTrue(unknown.getOriginalMessage().contains("'money' is not a kind of fact"), unknown.getOriginalMessage());
  }

  /** Evaluate, write the decision and its log record, read both back: the typed facts are unchanged. */
  @Test
  void typedFactsSurviveEvaluationJsonAndTheDecisionLog() throws Exception {
    Partner partner = Partner.builder()
        .companyName("Contoso")
        .adminEmail("jane.doe@contoso.com")
        .revenueRecord(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2020, 5), "275000.00"))
        .build();
    EnrollmentApplication application = new EnrollmentApplication("app-typed", partner, CspModel.DIRECT_BILL, "US");
    Decision decision = ENGINE.evaluate(application, AS_OF);
    Finding revenue = decision.findings().stream()
        .filter(finding -> finding.code() == FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD)
        .findFirst()
        .orElseThrow();
    assertEquals(new FactValue.Amount(new BigDecimal("275000.00")), revenue.fact("actual").orElseThrow());
    assertEquals(new FactValue.Month(YearMonth.of(2019, 11)), revenue.fact("from").orElseThrow());

    JsonNode json = CanonicalJson.decisionTree(decision);
    JsonNode facts = json.at("/findings/" + decision.findings().indexOf(revenue) + "/facts");
    assertEquals(
        "{\"actual\":{\"amount\":\"275000.00\"},\"from\":{\"month\":\"2019-11\"},"
            + "\"needed\":{\"amount\":\"300000.00\"},\"to\":{\"month\":\"2020-10\"}}",
        facts.toString());
    assertEquals(decision, CanonicalJson.decision(json));

    ByteArrayOutputStream line = new ByteArrayOutputStream();
    LoggedDecision logged = LoggedDecision.of(
        new DecisionRecord("d-1", Instant.EPOCH, application, decision, Duration.ofMillis(1)), Masking.defaults());
    logged.writeLineTo(line);
    String text = line.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("jane.doe"), text);
    LoggedDecision read = MAPPER.readValue(text, LoggedDecision.class);
    assertEquals(logged.findings(), read.findings());
    assertTrue(Replay.of(read, ENGINE).isEmpty());
  }
}
