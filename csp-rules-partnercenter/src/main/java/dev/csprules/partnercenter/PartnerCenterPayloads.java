package dev.csprules.partnercenter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Partner Center payloads of one order, as the caller fetched them. A payload the caller does
 * not have is a {@link MissingNode}.
 *
 * @param customer a Customer ({@code GET /v1/customers/{id}})
 * @param agreements the customer's agreements ({@code GET /v1/customers/{id}/agreements?agreementType=...})
 * @param order an Order, or a Cart before it is placed
 * @param indirectResellers the provider's indirect resellers ({@code GET /v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf})
 * @param legalProfile the partner's legal business profile
 * @param mpnProfile the partner's MPN profile
 * @param availability the offer's availability in the customer's country (its default currency)
 */
public record PartnerCenterPayloads(
    JsonNode customer,
    JsonNode agreements,
    JsonNode order,
    JsonNode indirectResellers,
    JsonNode legalProfile,
    JsonNode mpnProfile,
    JsonNode availability) {

  /** The file names a payload folder uses, in the order of the components. */
  public static final List<String> FILE_NAMES =
      List.of(
          "customer.json", "agreements.json", "order.json", "indirect-resellers.json",
          "legal-profile.json", "mpn-profile.json", "availability.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public PartnerCenterPayloads {
    customer = orMissing(customer);
    agreements = orMissing(agreements);
    order = orMissing(order);
    indirectResellers = orMissing(indirectResellers);
    legalProfile = orMissing(legalProfile);
    mpnProfile = orMissing(mpnProfile);
    availability = orMissing(availability);
  }

  /**
   * Reads the payloads of a folder by {@link #FILE_NAMES}; {@code cart.json} stands for {@code
   * order.json} before the order is placed. A file left out is a missing payload.
   *
   * @throws IllegalArgumentException naming every file that is not JSON
   */
  public static PartnerCenterPayloads read(Path folder) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path file = folder.resolve(name);
      if (name.equals("order.json") && !Files.exists(file)) {
        file = folder.resolve("cart.json");
      }
      nodes.add(Files.exists(file) ? parse(file, problems) : MissingNode.getInstance());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new PartnerCenterPayloads(
        nodes.get(0), nodes.get(1), nodes.get(2), nodes.get(3), nodes.get(4), nodes.get(5), nodes.get(6));
  }

  private static JsonNode parse(Path file, List<String> problems) throws IOException {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      problems.add(file.getFileName() + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage());
      return MissingNode.getInstance();
    }
  }

  private static JsonNode orMissing(JsonNode node) {
    return node == null || node.isNull() ? MissingNode.getInstance() : node;
  }
}
