package dev.csprules.api;

import java.util.Set;

/**
 * Every finding the policy can report, exactly as the rule catalog names them. The codes are a
 * public contract: never renamed, only deprecated. Severity belongs to the code.
 */
public enum FindingCode {
  // Enrollment: all models
  MPN_ID_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  BUSINESS_ADDRESS_INCOMPLETE(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  BANK_INFORMATION_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  ADMIN_WORK_EMAIL_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  ADMIN_EMAIL_NOT_WORK_ADDRESS(DecisionKind.ENROLLMENT, Severity.REVIEW),
  MPN_MEMBERSHIP_INACTIVE(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  MPN_LOCATION_ID_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  SELL_LOCATION_OUTSIDE_MARKET(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  LEGAL_SIGNATORY_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  // Enrollment: indirect reseller
  INDIRECT_PROVIDER_RELATIONSHIP_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  FIND_INDIRECT_PROVIDER(DecisionKind.ENROLLMENT, Severity.ADVICE),
  // Enrollment: direct bill
  DIRECT_ENROLLMENT_CLOSED(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  CONSIDER_INDIRECT_RESELLER(DecisionKind.ENROLLMENT, Severity.ADVICE),
  DIRECT_BILL_SUPPORT_PLAN_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  DIRECT_BILL_REVENUE_BELOW_THRESHOLD(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  DIRECT_BILL_REVENUE_UNDER_VERIFICATION(DecisionKind.ENROLLMENT, Severity.ADVICE),
  DIRECT_BILL_INFRASTRUCTURE_MISSING(DecisionKind.ENROLLMENT, Severity.BLOCKING),
  DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED(DecisionKind.ENROLLMENT, Severity.ADVICE),
  // Enrollment: next steps
  NEXT_STEP_AWAIT_REVIEW(DecisionKind.ENROLLMENT, Severity.ADVICE),
  NEXT_STEP_SET_UP_ACCOUNT(DecisionKind.ENROLLMENT, Severity.ADVICE),
  NEXT_STEP_CHANGE_TEMPORARY_PASSWORDS(DecisionKind.ENROLLMENT, Severity.ADVICE),
  NEXT_STEP_SET_UP_BUSINESS_PROFILE(DecisionKind.ENROLLMENT, Severity.ADVICE),
  NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS(DecisionKind.ENROLLMENT, Severity.ADVICE),
  // Orders
  SELLER_NOT_ENROLLED(DecisionKind.ORDER, Severity.BLOCKING),
  RESALE_TO_CSP_PARTNER(DecisionKind.ORDER, Severity.BLOCKING),
  CUSTOMER_RELATIONSHIP_MISSING(DecisionKind.ORDER, Severity.BLOCKING),
  INDIRECT_RESELLER_WITHOUT_PROVIDER(DecisionKind.ORDER, Severity.BLOCKING),
  CUSTOMER_AGREEMENT_NOT_ACCEPTED(DecisionKind.ORDER, Severity.BLOCKING),
  CUSTOMER_OUTSIDE_MARKET(DecisionKind.ORDER, Severity.BLOCKING),
  CURRENCY_MISMATCH(DecisionKind.ORDER, Severity.BLOCKING),
  CURRENCY_NOT_LISTED(DecisionKind.ORDER, Severity.REVIEW),
  // Both kinds of request: a rule in force that a fact stated as unknown left undecided
  FACT_UNKNOWN(Set.of(DecisionKind.ENROLLMENT, DecisionKind.ORDER), Severity.REVIEW);

  private final Set<DecisionKind> kinds;
  private final Severity severity;

  FindingCode(DecisionKind kind, Severity severity) {
    this(Set.of(kind), severity);
  }

  FindingCode(Set<DecisionKind> kinds, Severity severity) {
    this.kinds = kinds;
    this.severity = severity;
  }

  /** The questions this code answers: enrollment, order, or (FACT_UNKNOWN) both. */
  public Set<DecisionKind> kinds() {
    return kinds;
  }

  /** Whether a decision of this kind may carry this code. */
  public boolean answers(DecisionKind kind) {
    return kinds.contains(kind);
  }

  public Severity severity() {
    return severity;
  }
}
