package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Rows that are bad input come out REJECTED with every problem at its path; none is dropped. */
class BadRowsTest {
  private static final String SELLER =
      "\"seller\": {\"companyName\": \"Contoso KK\", \"mpnId\": \"1234567\", \"mpnMembershipActive\": true,"
          + " \"address\": {\"street\": \"1-2-3 Minato\", \"city\": \"Tokyo\", \"postalCode\": \"105-0001\", \"country\": \"JP\"},"
          + " \"enrolledAs\": [\"INDIRECT_RESELLER\"], \"customerRelationships\": [\"t1\"],"
          + " \"indirectProviders\": [{\"providerMpnId\": \"9000001\", \"active\": true}]}";
  private static final String CUSTOMER =
      "\"customer\": {\"tenantId\": \"t1\", \"country\": \"JP\","
          + " \"agreementAcceptances\": [{\"type\": \"MICROSOFT_CUSTOMER_AGREEMENT\", \"dateAgreed\": \"2020-03-01\"}]}";

  private final SparkSession spark = SharedSpark.session();
  private final SparkPolicy policy = SparkPolicy.builtIn();

  @Test
  void eachBadRowIsRejectedWithEveryProblemAndTheGoodOnesAreDecided() {
    Map<String, List<String>> problems =
        problemsById(
            "{\"orderId\": \"good\", " + SELLER + ", " + CUSTOMER + ", \"currency\": \"JPY\", \"orderDate\": \"2020-11-15\","
                + " \"lines\": [{\"offerId\": \"o365\", \"kind\": \"ONLINE_SERVICE\", \"quantity\": 3}]}",
            // What the row cannot say: no date, a kind no product has, a line that is null.
            "{\"orderId\": \"unreadable\", " + SELLER + ", " + CUSTOMER + ", \"currency\": \"JPY\","
                + " \"lines\": [{\"offerId\": \"o365\", \"kind\": \"SOFTWARE\", \"quantity\": 3}, null]}",
            // What the engine refuses: no line, an unknown currency, a seller in no country.
            "{\"orderId\": \"refused\", \"seller\": {\"companyName\": \"Contoso KK\"}, " + CUSTOMER + ","
                + " \"currency\": \"XYZ\", \"orderDate\": \"2020-11-15\", \"lines\": []}",
            "{}",
            "this line is not JSON");

    Map<String, List<String>> expected = new TreeMap<>();
    expected.put("good", List.of());
    expected.put(
        "unreadable",
        List.of(
            "orderDate: is missing",
            "lines[0].kind: expected one of ONLINE_SERVICE, PERPETUAL_SOFTWARE, OTHER, UNKNOWN, found 'SOFTWARE'",
            "lines[1]: is missing"));
    expected.put(
        "refused",
        List.of(
            "seller.address.country: is missing",
            "currency: unknown currency code 'XYZ'",
            "lines: an order needs at least one line"));
    assertEquals(expected.keySet(), problems.keySet().stream().filter(id -> !id.isEmpty()).collect(java.util.stream.Collectors.toSet()));
    assertEquals(expected.get("good"), problems.get("good"));
    assertEquals(expected.get("unreadable"), problems.get("unreadable"));
    // The engine's wording is its own: the paths are what this module promises.
    assertEquals(
        List.of("seller.address.country", "currency", "lines"),
        problems.get("refused").stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().toList());
  }

  /** Decides the JSON lines and gives each row's problems by its id; asserts every row came out. */
  private Map<String, List<String>> problemsById(String... jsonLines) {
    Dataset<Row> orders =
        spark.read().schema(RequestSchema.orders()).json(spark.createDataset(List.of(jsonLines), Encoders.STRING()));
    List<Row> decisions = policy.decideOrders(orders, GeneratedRequests.AS_OF).collectAsList();
    assertEquals(jsonLines.length, decisions.size());
    Map<String, List<String>> problems = new TreeMap<>();
    for (Row row : decisions) {
      DecisionView decision = DecisionView.of(row);
      assertEquals(decision.problems().isEmpty() ? "APPROVED" : "REJECTED", decision.outcome(), decision.toString());
      problems.put(decision.requestId(), decision.problems());
    }
    return problems;
  }
}
