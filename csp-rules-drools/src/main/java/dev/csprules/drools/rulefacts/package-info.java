/**
 * The types that rules use besides the request facts: the as-of date, the reference data, the
 * facts that derivation rules infer, and the {@link dev.csprules.drools.rulefacts.Evidence} that
 * finding rules insert. Policy authors may use these in their own DRL.
 */
@NullMarked
package dev.csprules.drools.rulefacts;

import org.jspecify.annotations.NullMarked;
