package dev.csprules.reports;

/**
 * A scenario as a report points at it.
 *
 * @param location {@code file:line}
 * @param anchor its id in the scenario report, {@code s-1} for the first
 */
public record ScenarioRef(String name, String location, String anchor) {}
