package dev.csprules.drools.rulefacts;

import java.time.LocalDate;

/** The date the decision is taken as of: rules read it instead of the wall clock. */
public record AsOf(LocalDate date) {}
