package dev.csprules.api.fact;

/** The CSP model a partner enrolls in or is enrolled as. */
public enum CspModel {
  INDIRECT_RESELLER, DIRECT_BILL
}
