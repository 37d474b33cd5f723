package dev.csprules.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the command line prints goes through this writer, which writes each character a
 * terminal would act on rather than show as {@code \\uXXXX}: C0 controls but the newline and the
 * tab (ESC, BEL, CR...), DEL, C1 controls, and format characters (bidi overrides and isolates,
 * zero-width ones). A request id, a scenario name or a tenant id holding an escape sequence is
 * printed as text and cannot move the cursor, retitle the window or reorder a line. In JSON
 * output the same escape is JSON's own, so a string means the same after it.
 */
final class TerminalSafeWriter extends FilterWriter {
  private TerminalSafeWriter(Writer out) {
    super(out);
  }

  static PrintWriter wrap(PrintWriter out) {
    return new PrintWriter(new TerminalSafeWriter(out), true);
  }

  static boolean actsOnTerminal(char c) {
    return c < 0x20 && c != '\n' && c != '\t'
        || c >= 0x7F && c <= 0x9F
        || Character.getType(c) == Character.FORMAT;
  }

  @Override
  public void write(int c) throws IOException {
    if (actsOnTerminal((char) c)) {
      out.write(String.format("\\u%04X", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    for (int i = offset; i < offset + length; i++) {
      if (actsOnTerminal(buffer[i])) {
        out.write(buffer, start, i - start);
        write(buffer[i]);
        start = i + 1;
      }
    }
    out.write(buffer, start, offset + length - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }
}
