package dev.csprules.bench;

import com.sun.management.ThreadMXBean;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.bench.yardstick.HandWrittenPolicy;
import dev.csprules.drools.DroolsPolicyEngine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One decision's CPU time and allocation, for comparing engine changes on a machine other work is
 * loading: the deciding thread's own CPU time and allocated bytes over many decisions of {@link
 * DecisionBenchmark}'s cases, which a neighbour taking the core does not inflate the way it
 * inflates wall time. Engine and yardstick take turns in rounds; each figure is the median round.
 * A companion to the JMH figures of the report, not a replacement: it sees no GC pauses and no
 * latency distribution.
 *
 * <pre>java -cp csp-rules-bench/target/benchmarks.jar dev.csprules.bench.DecisionCpuCost [seconds of warm-up] [rounds]</pre>
 */
public final class DecisionCpuCost {
  private static final int DECISIONS_PER_ROUND = 20_000;

  private record Subject(String evaluator, String kind, PolicyEngine engine, RequestCorpus.Case[] cases) {}

  private DecisionCpuCost() {}

  public static void main(String[] args) {
    int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    PolicyEngine engine = DroolsPolicyEngine.builder().build();
    PolicyEngine yardstick = new HandWrittenPolicy();
    List<Subject> subjects = new ArrayList<>();
    for (Class<? extends PolicyRequest> type : List.of(EnrollmentApplication.class, Order.class)) {
      String kind = type == Order.class ? "order" : "enrollment";
      subjects.add(new Subject("engine", kind, engine, cases(engine, type)));
      subjects.add(new Subject("yardstick", kind, yardstick, cases(engine, type)));
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      subjects.forEach(subject -> decide(subject, DECISIONS_PER_ROUND / 10));
    }
    double[][] cpuNanos = new double[subjects.size()][rounds];
    double[][] bytes = new double[subjects.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int s = 0; s < subjects.size(); s++) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long bytesBefore = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        decide(subjects.get(s), DECISIONS_PER_ROUND);
        cpuNanos[s][round] = (threads.getCurrentThreadCpuTime() - cpuBefore) / (double) DECISIONS_PER_ROUND;
        bytes[s][round] =
            (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytesBefore) / (double) DECISIONS_PER_ROUND;
      }
    }
    System.out.printf("load average %s%n", loadAverage());
    for (int s = 0; s < subjects.size(); s++) {
      Subject subject = subjects.get(s);
      System.out.printf(
          "%-10s %-10s cpu %7.2f us (rounds %.2f to %.2f)  bytes %,9.0f%n",
          subject.evaluator(),
          subject.kind(),
          median(cpuNanos[s]) / 1000,
          Arrays.stream(cpuNanos[s]).min().orElse(0) / 1000,
          Arrays.stream(cpuNanos[s]).max().orElse(0) / 1000,
          median(bytes[s]));
    }
  }

  private static RequestCorpus.Case[] cases(PolicyEngine engine, Class<? extends PolicyRequest> type) {
    return DecisionBenchmark.validCases(engine, type).toArray(RequestCorpus.Case[]::new);
  }

  private static void decide(Subject subject, int decisions) {
    RequestCorpus.Case[] cases = subject.cases();
    for (int i = 0; i < decisions; i++) {
      RequestCorpus.Case c = cases[i % cases.length];
      if (subject.engine().evaluate(c.request(), c.asOf()) == null) {
        throw new IllegalStateException("no decision");
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String loadAverage() {
    return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
