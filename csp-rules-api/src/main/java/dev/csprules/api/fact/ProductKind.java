package dev.csprules.api.fact;

/** What an order line sells. The resale restriction applies to online services (4d1ce-115). */
public enum ProductKind {
  ONLINE_SERVICE, PERPETUAL_SOFTWARE, OTHER
}
