package dev.csprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void theDefaultsKeepTheEmailDomainAndThatNamesAndAddressLinesWereGiven() {
    ObjectNode json = request("it-admin@fabrikam.co.jp", "Taro Yamada", "2-11-1 Shibuya");
    List<String> masked = Masking.defaults().apply(json);
    assertEquals(
        List.of(
            "partner.address.city", "partner.address.postalCode", "partner.address.street", "partner.adminEmail",
            "partner.companyName", "partner.legalSignatory"),
        masked);
    assertEquals("masked@fabrikam.co.jp", json.at("/partner/adminEmail").asText());
    assertEquals(Masking.PRESENT, json.at("/partner/legalSignatory").asText());
    assertEquals(Masking.PRESENT, json.at("/partner/address/street").asText());
    assertEquals("JP", json.at("/partner/address/country").asText());
  }

  @Test
  void blankTextStaysBlankSoAbsenceIsStillSeen() {
    ObjectNode json = request("", "", "");
    assertEquals(
        List.of("partner.address.city", "partner.address.postalCode", "partner.companyName"), Masking.defaults().apply(json));
    assertEquals("", json.at("/partner/legalSignatory").asText());
    assertEquals("", json.at("/partner/adminEmail").asText());
    assertEquals("", json.at("/partner/address/street").asText());
  }

  @Test
  void anEmailThatIsNotWellFormedStaysNotWellFormed() {
    ObjectNode spaces = request("jane doe@contoso.com", "", "");
    Masking.defaults().apply(spaces);
    assertEquals("(masked)@contoso.com", spaces.at("/partner/adminEmail").asText());
    ObjectNode noAt = request("jane.doe", "", "");
    Masking.defaults().apply(noAt);
    assertEquals("(masked)", noAt.at("/partner/adminEmail").asText());
  }

  @Test
  void whichPathsAreMaskedIsConfigurable() {
    ObjectNode json = request("jane@contoso.com", "Jane Doe", "1 Main St");
    Masking masking = Masking.none().with("partner.adminEmail", Masking.Mask.PRESENCE).with("partner.address.city", Masking.Mask.PRESENCE);
    assertEquals(List.of("partner.address.city", "partner.adminEmail"), masking.apply(json));
    assertEquals("1 Main St", json.at("/partner/address/street").asText());
    assertEquals(Masking.PRESENT, json.at("/partner/adminEmail").asText());
    assertEquals(List.of("partner.adminEmail"), Masking.defaults().without("partner.address.street").without("partner.companyName")
        .without("partner.legalSignatory").without("partner.address.city").without("partner.address.postalCode")
        .apply(request("jane@contoso.com", "Jane Doe", "1 Main St")));
    assertEquals(List.of(), Masking.none().apply(request("jane@contoso.com", "Jane Doe", "1 Main St")));
  }

  @Test
  void aPathThatIsNotDottedJsonNamesIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Masking.none().with("partner/adminEmail", Masking.Mask.PRESENCE));
    assertEquals("a masked path is JSON names joined by dots, such as partner.adminEmail; got partner/adminEmail", refused.getMessage());
  }

  private static ObjectNode request(String email, String signatory, String street) {
    Partner partner =
        Partner.builder().companyName("Fabrikam KK").adminEmail(email).legalSignatory(signatory)
            .address(new Address(street, "Tokyo", "150-0002", "JP")).build();
    return CanonicalJson.requestTree(new EnrollmentApplication("a-1", partner, CspModel.DIRECT_BILL, "JP"));
  }
}
