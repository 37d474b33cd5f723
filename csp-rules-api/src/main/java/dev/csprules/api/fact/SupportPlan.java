package dev.csprules.api.fact;

/** The partner's Microsoft support plan. Direct bill partners need Advanced or Premier Support for Partners (cf5ff-129, cf5ff-130). */
public enum SupportPlan {
  NONE, ADVANCED_SUPPORT_FOR_PARTNERS, PREMIER_SUPPORT_FOR_PARTNERS, OTHER
}
