/**
 * What a loaded policy is made of and every stage reads: its files as text, its editions, its
 * compiled rules and their catalog, the code lists requests are checked against. It depends on no
 * stage, so loading, checking and running can each use it without reaching into one another.
 * Building these from files is {@code load}'s job, compiling the rules {@code check}'s.
 */
package dev.csprules.drools.internal.policy;
