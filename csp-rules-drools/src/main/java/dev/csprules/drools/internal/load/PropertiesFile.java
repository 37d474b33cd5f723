package dev.csprules.drools.internal.load;

import dev.csprules.drools.internal.policy.PolicySource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** Reads a .properties policy file, and says where in it a key is, for problems a person can find. */
final class PropertiesFile {
  private static final Pattern BAD_UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

  private PropertiesFile() {}

  static Properties parse(PolicySource source, List<String> problems) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(source.text()));
    } catch (IllegalArgumentException e) {
      // The only mistake Properties refuses: a \\u escape without four hex digits after it.
      problems.add(where(source, BAD_UNICODE_ESCAPE) + "a \\u escape needs four hexadecimal digits (write a backslash as \\\\)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** {@code name:line: } for the line that sets {@code key}, or {@code name: } when none does. */
  static String where(PolicySource source, String key) {
    return where(source, Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]"));
  }

  private static String where(PolicySource source, Pattern setting) {
    List<String> lines = source.text().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (setting.matcher(lines.get(i)).find()) {
        return source.name() + ":" + (i + 1) + ": ";
      }
    }
    return source.name() + ": ";
  }
}
