package dev.csprules.api.fact;

/** An agreement a customer has accepted. Orders need the Microsoft Customer Agreement (cf5ff-145). */
public enum AgreementType {
  MICROSOFT_CUSTOMER_AGREEMENT, MICROSOFT_CLOUD_AGREEMENT, OTHER
}
