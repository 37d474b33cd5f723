package dev.csprules.testkit.corpus;

/**
 * The valid files the corpus breaks: a request file for each kind of request, using every field
 * of it, and a scenario file with fixtures. Each reads, and its request is decided.
 */
public final class BaseDocuments {
  private BaseDocuments() {}

  public static final Doc APPLICATION =
      Doc.parse(
          """
          description: a direct bill application that meets every requirement
          asOf: 2020-11-15
          application:
            applicationId: app-corpus-1
            model: DIRECT_BILL
            sellLocation: JP
            partner:
              companyName: Contoso KK
              mpnId: "1234567"
              mpnMembershipActive: true
              locationMpnIds: {JP: "7654321"}
              address: {street: 1-2-3 Minato, city: Tokyo, postalCode: 105-0001, country: JP}
              bankInformationOnFile: true
              adminEmail: admin@contoso.co.jp
              legalSignatory: Hanako Sato
              supportPlan: ADVANCED_SUPPORT_FOR_PARTNERS
              capabilities: [BILLING, PROVISIONING]
              servicesOffered: [MANAGED_SERVICE]
              enrolledAs: [INDIRECT_RESELLER]
              tenants:
                - {tenantId: contoso-csp, usedForCspTransactions: true}
              indirectProviders:
                - {providerMpnId: "9000001", active: true}
              customerRelationships: [fabrikam-tenant]
              revenue:
                - {month: 2019-11, amount: 150000.00, currency: USD, kind: CLOUD, channel: INDIRECT_RESELLER}
                - {month: 2020-10, amount: 150000.00, currency: USD, kind: CLOUD, channel: INDIRECT_RESELLER}
          """);

  public static final Doc ORDER =
      Doc.parse(
          """
          name: an order within the seller's market
          asOf: 2020-11-15
          order:
            orderId: order-corpus-1
            currency: JPY
            orderDate: 2020-11-15
            seller:
              companyName: Contoso KK
              mpnId: "1234567"
              mpnMembershipActive: true
              address: {street: 1-2-3 Minato, city: Tokyo, postalCode: 105-0001, country: JP}
              enrolledAs: [INDIRECT_RESELLER]
              indirectProviders:
                - {providerMpnId: "9000001", active: true}
              customerRelationships: [fabrikam-tenant]
            customer:
              tenantId: fabrikam-tenant
              country: JP
              agreementAcceptances:
                - {type: MICROSOFT_CUSTOMER_AGREEMENT, dateAgreed: 2020-03-01}
              ownerPartnerMpnId: ""
              ownerUsesTenantForCspTransactions: false
            lines:
              - {offerId: office-365-e3, kind: ONLINE_SERVICE, quantity: 10}
          """);

  /** A scenario whose partner is the application's, as a fixture. */
  public static final Doc SCENARIOS =
      Doc.replace(
          Doc.parse(
              """
              description: scenarios using a fixture
              fixtures:
                partners:
                  contoso: {}
              scenarios:
                - name: an indirect reseller application
                  description: every requirement met
                  asOf: 2020-11-15
                  skip: false
                  application:
                    applicationId: app-corpus-2
                    model: INDIRECT_RESELLER
                    sellLocation: JP
                    partner: {use: contoso}
                  expect:
                    outcome: ELIGIBLE
                    absent: [MPN_ID_MISSING]
              """),
          "fixtures.partners.contoso",
          Doc.at(APPLICATION, "application.partner"));
}
