package dev.csprules.api.fact;

/** Infrastructure a direct bill partner must run itself (cf5ff-136). */
public enum Capability {
  BILLING, PROVISIONING
}
