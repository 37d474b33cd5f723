package dev.csprules.api.fact;

/** Key capabilities a direct bill partner is recommended to demonstrate (cf5ff-139). */
public enum ServiceOffering {
  MANAGED_SERVICE, IP_SERVICE, CUSTOMER_SOLUTION_APPLICATION
}
