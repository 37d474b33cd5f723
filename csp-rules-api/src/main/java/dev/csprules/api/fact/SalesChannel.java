package dev.csprules.api.fact;

/** The capacity in which revenue was earned. Only INDIRECT_RESELLER counts towards the direct bill threshold (cf5ff-132). */
public enum SalesChannel {
  INDIRECT_RESELLER, DIRECT, OTHER
}
