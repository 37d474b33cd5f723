/**
 * Asking csp-rules a question: the {@link dev.csprules.api.PolicyEngine}, the requests it decides
 * ({@link dev.csprules.api.EnrollmentApplication}, {@link dev.csprules.api.Order}), and what it
 * answers ({@link dev.csprules.api.Decision}, {@link dev.csprules.api.Explanation}). Every type is
 * immutable and no value is null.
 */
@NullMarked
package dev.csprules.api;

import org.jspecify.annotations.NullMarked;
