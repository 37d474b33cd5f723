package dev.csprules.bench.yardstick;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.Explanation;
import dev.csprules.api.FactValue;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.Severity;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.Truth;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.drools.ParallelBatch;
import dev.csprules.drools.rulefacts.WellFormedEmail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick: every rule of the built-in policy (docs in ../shared/spec/rule-catalog.md, code in
 * the DRL files) written again by hand in plain Java, as an embedder who chose not to use a rule
 * engine would. It produces the same {@link Decision} as the engine (findings with their facts,
 * messages, citations and the rules that fired), so that timing the two compares equal work.
 *
 * <p>It is deliberately ordinary code: one pass over the request, no caching across requests, no
 * input validation beyond the as-of date (the engine's validator is extra work the engine does).
 * It exists only in the benchmark module, and YardstickAgreesWithEngineTest checks it against
 * the engine so the comparison stays honest.
 */
public final class HandWrittenPolicy implements PolicyEngine {
  private static final LocalDate EDITION_2018_01 = LocalDate.of(2018, 1, 24);
  private static final LocalDate EDITION_2020_10 = LocalDate.of(2020, 10, 27);
  private static final LocalDate DIRECT_ENROLLMENT_CLOSED_UNTIL = LocalDate.of(2018, 3, 31);
  private static final LocalDate FIND_PROVIDER_UNTIL = EDITION_2020_10.minusDays(1);
  private static final List<String> FIRST_EDITION_ONLY = List.of("2018-01");
  private static final List<String> BOTH_EDITIONS = List.of("2018-01", "2020-10");
  private static final Comparator<Finding> WORST_FIRST =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::ruleId)
          .thenComparing(finding -> finding.facts().toString());

  private final ReferenceTables tables = ReferenceTables.builtIn();

  @Override
  public Decision evaluate(PolicyRequest request, LocalDate asOf) {
    if (asOf.isBefore(EDITION_2018_01)) {
      throw new InvalidRequestException(
          List.of(new Problem("asOf", asOf + " is before the first edition")));
    }
    Result result = new Result(request.kind());
    if (request instanceof EnrollmentApplication application) {
      enrollment(application, asOf, result);
    } else if (request instanceof Order order) {
      order(order, asOf, result);
    }
    result.findings.sort(WORST_FIRST);
    return new Decision(
        request.id(),
        request.kind(),
        result.outcome(),
        asOf,
        asOf.isBefore(EDITION_2020_10) ? FIRST_EDITION_ONLY : BOTH_EDITIONS,
        result.findings,
        result.fired,
        "hand-written");
  }

  private void enrollment(EnrollmentApplication application, LocalDate asOf, Result result) {
    Partner partner = application.partner();
    boolean since2020 = !asOf.isBefore(EDITION_2020_10);
    boolean direct = application.model() == CspModel.DIRECT_BILL;
    boolean indirect = application.model() == CspModel.INDIRECT_RESELLER;

    List<String> missing = new ArrayList<>(4);
    if (partner.address().street().isBlank()) {
      result.fired("ENR-D040");
      missing.add("street");
    }
    if (partner.address().city().isBlank()) {
      result.fired("ENR-D041");
      missing.add("city");
    }
    if (partner.address().country().isBlank()) {
      result.fired("ENR-D042");
      missing.add("country");
    }
    if (partner.address().postalCode().isBlank()
        && !tables.countriesWithoutPostalCode.contains(partner.address().country())) {
      result.fired("ENR-D043");
      missing.add("postalCode");
    }
    // The catalog's definition of well-formed, shared with the engine rather than written twice.
    String emailDomain = WellFormedEmail.domainOf(partner.adminEmail());
    if (!emailDomain.isEmpty()) {
      result.fired("ENR-D050");
    }

    if (partner.mpnId().isBlank()) {
      result.add("ENR-010", FindingCode.MPN_ID_MISSING, "4d1ce-107, 4d1ce-110");
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      result.add(
          "ENR-020", FindingCode.BUSINESS_ADDRESS_INCOMPLETE, "4d1ce-110",
          "missing", texts(missing));
    }
    if (!partner.bankInformationOnFile()) {
      result.add("ENR-030", FindingCode.BANK_INFORMATION_MISSING, "4d1ce-110");
    }
    if (emailDomain.isEmpty()) {
      result.add("ENR-040", FindingCode.ADMIN_WORK_EMAIL_MISSING, "4d1ce-110");
    } else if (tables.consumerMailDomains.contains(emailDomain)) {
      result.add("ENR-050", FindingCode.ADMIN_EMAIL_NOT_WORK_ADDRESS, "4d1ce-110", "domain", emailDomain);
    }
    if (since2020) {
      if (!partner.mpnMembershipActive()) {
        result.add("ENR-060", FindingCode.MPN_MEMBERSHIP_INACTIVE, "cf5ff-120, cf5ff-137");
      }
      String location = application.sellLocation();
      if (partner.locationMpnIds().getOrDefault(location, "").isBlank()) {
        result.add(
            "ENR-070", FindingCode.MPN_LOCATION_ID_MISSING, "cf5ff-120, cf5ff-137",
            "sellLocation", location);
      }
      String companyCountry = partner.address().country();
      String sellMarket = tables.marketOf(location);
      if (!companyCountry.isBlank()
          && (sellMarket.isEmpty() || !sellMarket.equals(tables.marketOf(companyCountry)))) {
        result.add(
            "ENR-075", FindingCode.SELL_LOCATION_OUTSIDE_MARKET, "cf5ff-142, cf5ff-143",
            "sellLocation", location, "sellLocationMarket", tables.marketName(location),
            "companyCountry", companyCountry, "companyMarket", tables.marketName(companyCountry));
      }
      if (partner.legalSignatory().isBlank()) {
        result.add("ENR-080", FindingCode.LEGAL_SIGNATORY_MISSING, "cf5ff-121");
      }
    }
    if (indirect && !hasActiveProvider(partner)) {
      if (since2020) {
        result.add("ENR-090", FindingCode.INDIRECT_PROVIDER_RELATIONSHIP_MISSING, "cf5ff-122");
      }
      if (!asOf.isAfter(FIND_PROVIDER_UNTIL)) {
        result.add("ENR-100", FindingCode.FIND_INDIRECT_PROVIDER, "4d1ce-121, 4d1ce-122");
      }
    }
    if (direct) {
      directBill(partner, asOf, result);
    }

    if (!result.blocked) {
      result.add("ENR-200", FindingCode.NEXT_STEP_AWAIT_REVIEW, "4d1ce-112, 4d1ce-113");
      result.add(
          "ENR-210", FindingCode.NEXT_STEP_SET_UP_ACCOUNT, "4d1ce-123, 4d1ce-124, 4d1ce-135");
      if (indirect) {
        result.add(
            "ENR-220", FindingCode.NEXT_STEP_CHANGE_TEMPORARY_PASSWORDS,
            "4d1ce-125, 4d1ce-126, 4d1ce-127");
        result.add("ENR-230", FindingCode.NEXT_STEP_SET_UP_BUSINESS_PROFILE, "4d1ce-128");
      }
      if (direct) {
        result.add(
            "ENR-240", FindingCode.NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS, "4d1ce-136, 4d1ce-137");
      }
    }
  }

  private void directBill(Partner partner, LocalDate asOf, Result result) {
    if (!asOf.isAfter(DIRECT_ENROLLMENT_CLOSED_UNTIL)) {
      result.add("ENR-110", FindingCode.DIRECT_ENROLLMENT_CLOSED, "4d1ce-131, 4d1ce-132");
      result.add("ENR-120", FindingCode.CONSIDER_INDIRECT_RESELLER, "4d1ce-133");
    }
    if (asOf.isBefore(EDITION_2020_10)) {
      return;
    }
    SupportPlan plan = partner.supportPlan();
    if (plan != SupportPlan.ADVANCED_SUPPORT_FOR_PARTNERS
        && plan != SupportPlan.PREMIER_SUPPORT_FOR_PARTNERS) {
      result.add(
          "ENR-130", FindingCode.DIRECT_BILL_SUPPORT_PLAN_MISSING, "cf5ff-129, cf5ff-130",
          "supportPlan", plan.name());
    }

    YearMonth month = YearMonth.from(asOf);
    YearMonth first = month.minusMonths(12);
    YearMonth last = month.minusMonths(1);
    result.fired("ENR-D010");
    BigDecimal counted = BigDecimal.ZERO;
    for (RevenueRecord record : partner.revenue()) {
      if (record.month().isBefore(first) || record.month().isAfter(last)) {
        result.fired("ENR-D021");
        continue;
      }
      if (record.kind() != RevenueKind.CLOUD) {
        result.fired("ENR-D022");
      }
      if (record.channel() != SalesChannel.INDIRECT_RESELLER) {
        result.fired("ENR-D023");
      }
      if (record.kind() == RevenueKind.CLOUD && record.channel() == SalesChannel.INDIRECT_RESELLER) {
        result.fired("ENR-D020");
        counted = counted.add(record.amount());
      }
    }
    result.fired("ENR-D030");
    BigDecimal needed = tables.directBillThresholdUsd;
    if (needed.compareTo(counted) > 0) {
      result.add(
          "ENR-140", FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD, "cf5ff-132, cf5ff-135",
          "needed", new FactValue.Amount(needed), "actual", new FactValue.Amount(counted),
          "from", new FactValue.Month(first), "to", new FactValue.Month(last));
    } else {
      result.add(
          "ENR-150", FindingCode.DIRECT_BILL_REVENUE_UNDER_VERIFICATION, "cf5ff-133, cf5ff-134",
          "needed", new FactValue.Amount(needed), "actual", new FactValue.Amount(counted),
          "from", new FactValue.Month(first), "to", new FactValue.Month(last));
    }

    if (!partner.capabilities().contains(Capability.BILLING)
        || !partner.capabilities().contains(Capability.PROVISIONING)) {
      result.add(
          "ENR-160", FindingCode.DIRECT_BILL_INFRASTRUCTURE_MISSING, "cf5ff-136",
          "capabilities", capabilities(partner));
    }
    if (partner.servicesOffered().isEmpty()) {
      result.add("ENR-170", FindingCode.DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED, "cf5ff-139");
    }
  }

  private void order(Order order, LocalDate asOf, Result result) {
    Partner seller = order.seller();
    if (seller.enrolledAs().isEmpty()) {
      result.add("ORD-010", FindingCode.SELLER_NOT_ENROLLED, "4d1ce-115, cf5ff-145");
    }
    String owner = order.customer().ownerPartnerMpnId();
    Truth ownerUsesTenant = order.customer().ownerUsesTenantForCspTransactions();
    if (sellsOnlineService(order) && ownerUsesTenant == Truth.TRUE && !owner.isBlank() && !owner.equals(seller.mpnId())) {
      result.add(
          "ORD-020", FindingCode.RESALE_TO_CSP_PARTNER, "4d1ce-115, 4d1ce-116, 4d1ce-117",
          "owner", owner);
    }
    boolean otherTenant = owner.isBlank() || !owner.equals(seller.mpnId());
    boolean tenantUndecided = ownerUsesTenant == Truth.UNKNOWN && otherTenant;
    boolean cspTenant = ownerUsesTenant == Truth.TRUE && !owner.isBlank() && otherTenant;
    boolean kindsUndecided = !sellsOnlineService(order) && sells(order, ProductKind.UNKNOWN);
    if ((tenantUndecided && sellsOnlineService(order)) || ((tenantUndecided || cspTenant) && kindsUndecided)) {
      result.add(
          "ORD-U020", FindingCode.FACT_UNKNOWN, "4d1ce-115, 4d1ce-116, 4d1ce-117",
          "rule", "ORD-020", "ruleCode", "RESALE_TO_CSP_PARTNER",
          "unknownFacts", texts(order.unknownResaleFacts().stream().sorted().toList()));
    }
    String customer = order.customer().tenantId();
    if (!seller.customerRelationships().contains(customer)) {
      result.add(
          "ORD-030", FindingCode.CUSTOMER_RELATIONSHIP_MISSING, "4d1ce-136, 4d1ce-137",
          "customer", customer);
    }
    if (seller.enrolledAs().contains(CspModel.INDIRECT_RESELLER)
        && !seller.enrolledAs().contains(CspModel.DIRECT_BILL)
        && !hasActiveProvider(seller)) {
      result.add("ORD-040", FindingCode.INDIRECT_RESELLER_WITHOUT_PROVIDER, "4d1ce-122, cf5ff-118");
    }
    if (asOf.isBefore(EDITION_2020_10)) {
      return;
    }
    List<String> unknownTimes = order.unknownAcceptanceTimes(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT);
    if (!acceptedCustomerAgreement(order) && unknownTimes.isEmpty()) {
      result.add(
          "ORD-050", FindingCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED, "cf5ff-145",
          "orderDate", order.orderDate().dateTime().<FactValue>map(FactValue.Moment::new)
              .orElseGet(() -> new FactValue.Day(order.orderDate().date().orElseThrow())));
    } else if (!acceptedCustomerAgreement(order)) {
      result.add(
          "ORD-U050", FindingCode.FACT_UNKNOWN, "cf5ff-145",
          "rule", "ORD-050", "ruleCode", "CUSTOMER_AGREEMENT_NOT_ACCEPTED",
          "unknownFacts", texts(unknownTimes.stream().sorted().toList()));
    }
    String sellerCountry = seller.address().country();
    String customerCountry = order.customer().country();
    String sellerMarket = tables.marketOf(sellerCountry);
    if (sellerMarket.isEmpty() || !sellerMarket.equals(tables.marketOf(customerCountry))) {
      result.add(
          "ORD-060", FindingCode.CUSTOMER_OUTSIDE_MARKET, "cf5ff-142, cf5ff-143",
          "sellerCountry", sellerCountry,
          "sellerMarket", tables.marketName(sellerCountry),
          "customerCountry", customerCountry,
          "customerMarket", tables.marketName(customerCountry));
    }
    ReferenceTables.Market customerMarket = tables.marketsByCountry.get(customerCountry);
    if (customerMarket != null && customerMarket.currencies().isEmpty()) {
      result.add(
          "ORD-080", FindingCode.CURRENCY_NOT_LISTED, "cf5ff-144",
          "orderCurrency", order.currency(), "customerCountry", customerCountry);
    } else if (customerMarket != null && !customerMarket.currencies().contains(order.currency())) {
      result.add(
          "ORD-070", FindingCode.CURRENCY_MISMATCH, "cf5ff-143, cf5ff-144",
          "orderCurrency", order.currency(), "customerCountry", customerCountry,
          "listedCurrency", texts(List.copyOf(customerMarket.currencies())));
    }
  }

  private static boolean hasActiveProvider(Partner partner) {
    for (IndirectProviderRelationship provider : partner.indirectProviders()) {
      if (provider.active()) {
        return true;
      }
    }
    return false;
  }

  private static boolean sellsOnlineService(Order order) {
    return sells(order, ProductKind.ONLINE_SERVICE);
  }

  private static boolean sells(Order order, ProductKind kind) {
    for (OrderLine line : order.lines()) {
      if (line.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static boolean acceptedCustomerAgreement(Order order) {
    for (AgreementAcceptance acceptance : order.customer().agreementAcceptances()) {
      if (acceptance.type() == AgreementType.MICROSOFT_CUSTOMER_AGREEMENT
          && acceptance.dateAgreed().isAtOrBefore(order.orderDate())) {
        return true;
      }
    }
    return false;
  }

  private static FactValue capabilities(Partner partner) {
    return texts(partner.capabilities().stream().map(Capability::name).sorted().toList());
  }

  private static FactValue texts(List<String> items) {
    return new FactValue.ListOf(items.stream().<FactValue>map(FactValue.Text::new).toList());
  }

  /** What one request has collected so far: findings, the rules that fired, and whether any blocks. */
  private final class Result {
    private final DecisionKind kind;
    private final List<Finding> findings = new ArrayList<>(8);
    private final List<String> fired = new ArrayList<>(16);
    private boolean blocked;
    private boolean referred;

    Result(DecisionKind kind) {
      this.kind = kind;
    }

    void fired(String ruleId) {
      if (!fired.contains(ruleId)) {
        fired.add(ruleId);
      }
    }

    /** Facts as name, value...: a value is a {@link FactValue}, or a String for text. */
    void add(String ruleId, FindingCode code, String citations, Object... namesAndValues) {
      Map<String, FactValue> facts = new LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        Object value = namesAndValues[i + 1];
        facts.put((String) namesAndValues[i], value instanceof FactValue typed ? typed : new FactValue.Text((String) value));
      }
      findings.add(
          new Finding(
              code,
              code.severity(),
              tables.english.fill(code, facts),
              tables.japanese.fill(code, facts),
              ruleId,
              List.of(citations.split(", ")),
              facts));
      fired(ruleId);
      blocked |= code.severity() == Severity.BLOCKING;
      referred |= code.severity() == Severity.REVIEW;
    }

    Outcome outcome() {
      if (blocked) {
        return kind == DecisionKind.ENROLLMENT ? Outcome.INELIGIBLE : Outcome.DENIED;
      }
      if (referred) {
        return Outcome.REFER;
      }
      return kind == DecisionKind.ENROLLMENT ? Outcome.ELIGIBLE : Outcome.APPROVED;
    }
  }

  /** The engine's own batch, so that batches compare the deciding and nothing else. */
  @Override
  public Stream<BatchResult> evaluateAll(Stream<? extends PolicyRequest> requests, LocalDate asOf) {
    BatchResult.requirePresent(requests, asOf);
    return ParallelBatch.stream(this, requests, asOf, null, Runtime.getRuntime().availableProcessors());
  }

  /** The yardstick decides only: explanations are what the engine adds, and are not timed. */
  @Override
  public Explanation explain(PolicyRequest request, LocalDate asOf) {
    throw new UnsupportedOperationException("the hand-written yardstick does not explain its decisions");
  }
}
