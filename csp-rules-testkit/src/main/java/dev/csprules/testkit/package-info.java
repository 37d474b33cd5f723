/**
 * Scenario files: {@link dev.csprules.testkit.ScenarioReader} reads them, {@link
 * dev.csprules.testkit.ScenarioRunner} runs them against an engine, and {@link
 * dev.csprules.testkit.ScenarioTests} turns them into JUnit 5 tests. No value is null.
 */
@NullMarked
package dev.csprules.testkit;

import org.jspecify.annotations.NullMarked;
