package dev.csprules.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's rows, each mapped as it is read: one in, one out, nothing held. */
final class Iterators {
  private Iterators() {}

  static <A, B> Iterator<B> map(Iterator<A> input, Function<A, B> mapping) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public B next() {
        return mapping.apply(input.next());
      }
    };
  }
}
