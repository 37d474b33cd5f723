package dev.csprules.api.fact;

/** What a revenue record was earned on. Only CLOUD counts towards the direct bill threshold (cf5ff-135). */
public enum RevenueKind {
  CLOUD, PERPETUAL_SOFTWARE, OTHER
}
