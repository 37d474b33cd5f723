package dev.csprules.testkit.corpus;

import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Ways to make a corpus file's bytes. */
final class Contents {
  private Contents() {}

  static BadFile.Content text(String text) {
    return file -> Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Text made when the file is written. */
  static BadFile.Content text(java.util.function.Supplier<String> text) {
    return file -> Files.writeString(file, text.get(), StandardCharsets.UTF_8);
  }

  static BadFile.Content bytes(byte[] bytes) {
    return file -> Files.write(file, bytes);
  }

  /** {@code head}, then {@code unit} {@code times} over, then {@code tail}: written, never held whole. */
  static BadFile.Content repeated(String head, String unit, int times, String tail) {
    return file -> {
      try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writer.write(head);
        // In chunks of about 64 KiB: a unit of one character written six million times is slow.
        int perChunk = Math.max(1, 65_536 / Math.max(1, unit.length()));
        String chunk = unit.repeat(perChunk);
        for (int written = 0; written < times; written += perChunk) {
          writer.write(times - written >= perChunk ? chunk : unit.repeat(times - written));
        }
        writer.write(tail);
      }
    };
  }

  /** A file of {@code size} bytes that takes no disk: a sparse file, all zeros. */
  static BadFile.Content sparse(long size) {
    return file -> {
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(size);
      }
    };
  }
}
