package dev.csprules.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csprules.spring.boot.DecisionMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample service over HTTP, on a random port, deciding with a watched policy folder. One
 * context for the class; the reload comes last because it changes the policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Closes the context, and with it the folder watcher, before the folder is deleted.
@DirtiesContext
class DecisionsHttpTest {
  @TempDir static Path policyFolder;

  @DynamicPropertySource
  static void watchedPolicyFolder(DynamicPropertyRegistry properties) {
    properties.add("csp-rules.policy-folders", () -> policyFolder.toString());
    properties.add("csp-rules.watch", () -> "true");
  }

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired MeterRegistry meters;

  @Test
  @Order(1)
  void anEligibleApplicationAndAnApprovedOrderComeBackAsDecisions() throws IOException {
    ResponseEntity<String> application = post(request("direct-bill-application.json"));
    assertThat(application.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode decision = json.readTree(application.getBody());
    assertThat(decision.path("requestId").asText()).isEqualTo("app-2020-0042");
    assertThat(decision.path("kind").asText()).isEqualTo("ENROLLMENT");
    assertThat(decision.path("outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(decision.path("asOf").asText()).isEqualTo("2020-11-15");
    assertThat(texts(decision.path("editions"))).containsExactly("2018-01", "2020-10");
    assertThat(decision.path("firedRules").isArray()).isTrue();
    assertThat(decision.path("policyVersion").asText()).isNotBlank();

    ResponseEntity<String> order = post(request("order.json"));
    assertThat(order.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(order.getBody()).path("outcome").asText()).isEqualTo("APPROVED");
  }

  @Test
  @Order(2)
  void aBadRequestIs400NamingEveryProblemAtItsPathInTheBody() throws IOException {
    ResponseEntity<String> response = post(request("bad-order.json"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(paths(response))
        .containsExactlyInAnyOrder(
            "asOf",
            "order.seller.companyName",
            "order.customer.country",
            "order.currency",
            "order.lines[0].quantity");
  }

  @Test
  @Order(3)
  void aBodyThatIsNotARequestIs400AtThePlaceItGoesWrong() throws IOException {
    ResponseEntity<String> unknownModel =
        post("{\"application\": {\"applicationId\": \"a-1\", \"model\": \"RESELLER\"}}");
    assertThat(paths(unknownModel)).containsExactly("application.model");
    // Our words, not Jackson's: its message would quote the value sent back.
    assertThat(messages(unknownModel)).containsExactly("must be one of [INDIRECT_RESELLER, DIRECT_BILL]");
    assertThat(paths(post("{\"asOf\": \"2020-11-15\", \"orderID\": \"o-1\"}"))).containsExactly("orderID");
    ObjectNode withoutDate = (ObjectNode) json.readTree(request("direct-bill-application.json"));
    withoutDate.remove("asOf");
    assertThat(paths(post(withoutDate.toString()))).containsExactly("asOf");
    assertThat(paths(post("{\"application\": {\"applicationId\": \"a-1\", \"model\": \"DIRECT_BILL\"}}")))
        .containsExactly("application.partner");
    assertThat(paths(post("{\"asOf\": \"2020-11-15\"}"))).containsExactly("application");
    assertThat(messages(post("{\"asOf\": "))).containsExactly("is not well-formed JSON");
  }

  @Test
  @Order(4)
  void decisionsAreMeteredByKindAndOutcome() throws IOException {
    post(request("order.json"));
    assertThat(meters.get(DecisionMetrics.DECISIONS).tags("kind", "ORDER", "outcome", "APPROVED").timer().count())
        .isGreaterThanOrEqualTo(1);
    assertThat(meters.get(DecisionMetrics.DECISIONS).tags("kind", "ORDER", "outcome", "REJECTED").timer().count())
        .isGreaterThanOrEqualTo(1);

    JsonNode timer =
        json.readTree(http.getForObject("/actuator/metrics/" + DecisionMetrics.DECISIONS + "?tag=kind:ORDER", String.class));
    assertThat(timer.path("measurements").findValuesAsText("statistic")).contains("COUNT", "TOTAL_TIME");
    assertThat(timer.path("availableTags").findValuesAsText("tag")).contains("outcome");
  }

  @Test
  @Order(5)
  void infoShowsThePolicyEditionsAndRuleCount() throws IOException {
    JsonNode info = json.readTree(http.getForObject("/actuator/info", String.class)).path("csp-rules");
    assertThat(texts(info.path("editions"))).containsExactly("2018-01", "2020-10");
    assertThat(info.path("rules").asInt()).isPositive();
  }

  @Test
  @Order(6)
  void aChangeToThePolicyFolderChangesTheDecisionAndHealthShowsTheReload()
      throws IOException, InterruptedException {
    String application = request("direct-bill-application.json");
    Files.writeString(policyFolder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");

    JsonNode decision = json.readTree(post(application).getBody());
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (decision.path("outcome").asText().equals("ELIGIBLE") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      decision = json.readTree(post(application).getBody());
    }
    assertThat(decision.path("outcome").asText()).as("the outcome within 30 s of the change").isEqualTo("INELIGIBLE");
    assertThat(decision.path("findings").findValuesAsText("code")).contains("DIRECT_BILL_REVENUE_BELOW_THRESHOLD");
    JsonNode revenue = decision.path("findings").findParents("code").stream()
        .filter(finding -> finding.path("code").asText().equals("DIRECT_BILL_REVENUE_BELOW_THRESHOLD"))
        .findFirst().orElseThrow();
    assertThat(revenue.path("facts").path("needed").toString()).isEqualTo("{\"amount\":\"1000000\"}");
    assertThat(revenue.path("facts").path("from").path("month").asText()).matches("\\d{4}-\\d{2}");

    JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));
    JsonNode engine = health.path("components").path("cspRules");
    assertThat(engine.path("status").asText()).isEqualTo("UP");
    assertThat(engine.path("details").path("policyVersion").asText()).isEqualTo(decision.path("policyVersion").asText());
    assertThat(engine.path("details").path("lastReload").path("refused").asBoolean(true)).isFalse();
    assertThat(engine.path("details").path("lastReload").path("version").asText())
        .isEqualTo(decision.path("policyVersion").asText());
    assertThat(meters.get(DecisionMetrics.RELOADS).tag("result", "APPLIED").counter().count()).isGreaterThanOrEqualTo(1);
  }

  private ResponseEntity<String> post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity("/decisions", new HttpEntity<>(body, headers), String.class);
  }

  private List<String> paths(ResponseEntity<String> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).path("problems").findValuesAsText("path");
  }

  private List<String> messages(ResponseEntity<String> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).path("problems").findValuesAsText("message");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static String request(String name) throws IOException {
    try (InputStream in = DecisionsHttpTest.class.getResourceAsStream("/requests/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
