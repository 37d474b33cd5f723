package dev.csprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's faults: nothing breaks a decision, and nothing is lost without being counted. */
class JsonLinesDecisionLogTest {
  @TempDir Path folder;

  @Test
  void aLogThatCannotBeOpenedIsRefusedAtOnceNamingItsFile() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
    Path file = notAFolder.resolve("decisions.jsonl");
    UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> JsonLinesDecisionLog.to(file).build());
    assertTrue(refused.getMessage().startsWith("cannot write the decision log " + file), refused.getMessage());
  }

  @Test
  void aFullDiskLosesRecordsCountedAndWarnedOfWhileRecordingGoesOnWithoutAnException() {
    Path file = folder.resolve("decisions.jsonl");
    String warnings =
        StandardError.during(() -> {
          JsonLinesDecisionLog log =
              JsonLinesDecisionLog.to(file).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).opener(path -> new FullDisk()).build();
          for (int i = 0; i < 50; i++) {
            log.record(Records.record(i));
          }
          log.close();
          assertEquals(0, log.written());
          assertEquals(50, log.failed());
          assertEquals(0, log.dropped());
        });
    assertTrue(warnings.contains("decision log " + file + " cannot be written (IOException: No space left on device)"), warnings);
    assertTrue(warnings.contains("0 records written, 0 dropped (queue full), 50 lost to write errors"), warnings);
  }

  @Test
  void afterADiskFailsMidLineAndRecoversTheNextRecordsAreWholeLinesAgain() throws Exception {
    Path file = folder.resolve("decisions.jsonl");
    CountDownLatch firstLost = new CountDownLatch(1);
    AtomicInteger writes = new AtomicInteger();
    JsonLinesDecisionLog log =
        JsonLinesDecisionLog.to(file)
            .whenFull(JsonLinesDecisionLog.WhenFull.BLOCK)
            .opener(path -> new FailingOnce(Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND), writes, firstLost))
            .build();
    log.record(Records.record(1));
    assertTrue(firstLost.await(10, TimeUnit.SECONDS));
    log.record(Records.record(2));
    log.record(Records.record(3));
    log.close();
    assertEquals(1, log.failed());
    assertEquals(2, log.written());
    DecisionLogFile read = DecisionLogFile.read(file);
    assertEquals(List.of("app-2", "app-3"), read.records().stream().map(LoggedDecision::requestId).toList());
    assertEquals(1, read.skipped().size(), read.skipped().toString());
    assertTrue(read.skipped().get(0).contains(":1: not a decision record"), read.skipped().toString());
  }

  @Test
  void concurrentDecidingThreadsEachGetEveryRecordWrittenAsAWholeLine() throws Exception {
    Path file = folder.resolve("decisions.jsonl");
    int threads = 8;
    int each = 500;
    JsonLinesDecisionLog log = JsonLinesDecisionLog.to(file).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).queueCapacity(64).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * each;
      done.add(pool.submit(() -> {
        for (int i = first; i < first + each; i++) {
          log.record(Records.record(i));
        }
      }));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    log.close();
    DecisionLogFile read = DecisionLogFile.read(file);
    assertEquals(List.of(), read.skipped());
    assertEquals(threads * each, read.records().size());
    assertEquals(threads * each, read.records().stream().map(LoggedDecision::requestId).distinct().count());
    assertEquals(threads * each, log.written());
  }

  @Test
  void aFullQueueUnderDropCountsEveryRecordItDropsAndNeverWaits() throws Exception {
    Path file = folder.resolve("decisions.jsonl");
    CountDownLatch release = new CountDownLatch(1);
    JsonLinesDecisionLog log =
        JsonLinesDecisionLog.to(file)
            .whenFull(JsonLinesDecisionLog.WhenFull.DROP)
            .queueCapacity(4)
            .opener(path -> new Stalled(Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND), release))
            .build();
    String warnings =
        StandardError.during(() -> {
          for (int i = 0; i < 100; i++) {
            log.record(Records.record(i));
          }
          // The writer holds at most one chunk it took before stalling; the queue holds 4.
          assertTrue(log.dropped() > 0, "dropped " + log.dropped());
          release.countDown();
          log.close();
        });
    assertEquals(100, log.written() + log.dropped() + log.failed());
    assertTrue(warnings.contains(log.dropped() + " dropped (queue full)"), warnings);
    assertEquals(log.written(), DecisionLogFile.read(file).records().size());
  }

  @Test
  void recordsAfterCloseAreCountedAsDropped() {
    JsonLinesDecisionLog log = JsonLinesDecisionLog.to(folder.resolve("decisions.jsonl")).build();
    log.close();
    log.record(Records.record(1));
    assertEquals(1, log.dropped());
  }

  @Test
  void aFileThatWouldGrowPastItsLimitIsRotatedAndNoRecordIsLost() throws IOException {
    Path file = folder.resolve("decisions.jsonl");
    try (JsonLinesDecisionLog log =
        JsonLinesDecisionLog.to(file).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).maxFileBytes(4_000).queueCapacity(1).build()) {
      for (int i = 0; i < 40; i++) {
        log.record(Records.record(i));
      }
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    assertTrue(files.size() > 2, files.toString());
    int records = 0;
    for (Path part : files) {
      assertTrue(part.getFileName().toString().matches("decisions\\.jsonl(\\.\\d+)?"), part.toString());
      assertTrue(Files.size(part) <= 4_000, part + " is " + Files.size(part) + " bytes");
      records += DecisionLogFile.read(part).records().size();
    }
    assertEquals(40, records);
  }

  @Test
  void aLineTornByACrashIsSkippedAndSaidSo() throws IOException {
    Path file = folder.resolve("decisions.jsonl");
    try (JsonLinesDecisionLog log = JsonLinesDecisionLog.to(file).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).build()) {
      log.record(Records.record(1));
      log.record(Records.record(2));
    }
    String whole = Files.readString(file, StandardCharsets.UTF_8);
    String lastLine = whole.substring(whole.indexOf('\n') + 1);
    Files.writeString(file, whole + lastLine.substring(0, lastLine.length() / 2), StandardCharsets.UTF_8);
    DecisionLogFile read = DecisionLogFile.read(file);
    assertEquals(List.of("app-1", "app-2"), read.records().stream().map(LoggedDecision::requestId).toList());
    assertEquals(List.of(file + ":3: the last line ends before its record does (a crash while writing?); skipped"), read.skipped());
  }

  /** A disk with no space left. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  /** Writes half of the first chunk, then fails it; every later write goes through. */
  private static final class FailingOnce extends OutputStream {
    private final OutputStream out;
    private final AtomicInteger writes;
    private final CountDownLatch failed;

    FailingOnce(OutputStream out, AtomicInteger writes, CountDownLatch failed) {
      this.out = out;
      this.writes = writes;
      this.failed = failed;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (writes.getAndIncrement() == 0) {
        out.write(b, off, len / 2);
        out.flush();
        failed.countDown();
        throw new IOException("No space left on device");
      }
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A disk that hangs until released. */
  private static final class Stalled extends OutputStream {
    private final OutputStream out;
    private final CountDownLatch release;

    Stalled(OutputStream out, CountDownLatch release) {
      this.out = out;
      this.release = release;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
