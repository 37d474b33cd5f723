/**
 * How the engine words a name it does not know: the closest known one, as "did you mean". Loading,
 * checking, the scenario reader (testkit) and the command line all suggest the same way, so this
 * depends on nothing and is the one internal package exported, to the testkit only.
 */
package dev.csprules.drools.internal.text;
