/** Argument checks the records and builders share. Not exported by the module: no part of the API. */
@NullMarked
package dev.csprules.api.internal;

import org.jspecify.annotations.NullMarked;
