/**
 * The engine: build a {@link dev.csprules.drools.DroolsPolicyEngine} once, on the built-in policy
 * or on policy folders, and share it. No value is null.
 */
@NullMarked
package dev.csprules.drools;

import org.jspecify.annotations.NullMarked;
