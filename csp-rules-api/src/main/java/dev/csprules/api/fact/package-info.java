/**
 * The facts of a request, in the terms of Partner Center.
 *
 * <p>No component is ever null. Text that may be absent (an MPN ID, an email, a postal code) is an
 * empty string when absent, and blank text counts as absent. Collections are empty, never null,
 * and are copied on construction, so every fact is immutable. Country codes are ISO 3166-1
 * alpha-2 in upper case ({@code XK} for Kosovo), currency codes ISO 4217, money is {@link
 * java.math.BigDecimal}.
 */
@NullMarked
package dev.csprules.api.fact;

import org.jspecify.annotations.NullMarked;
