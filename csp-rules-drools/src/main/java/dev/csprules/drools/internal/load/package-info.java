/**
 * Reading a policy: the built-in files, policy folders and archives (refusing unsafe files), their
 * data files, seed sentences, messages and editions, the rules' metadata, and watching a folder
 * for changes. Loading comes first, so it may use only {@code policy} and {@code text}; it never
 * compiles or runs anything a policy folder holds ({@code check} does the compiling).
 */
package dev.csprules.drools.internal.load;
