package dev.csprules.cli;

import dev.csprules.testkit.Language;
import picocli.CommandLine.Option;

/** The language finding messages are printed in. */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the finding messages: en or ja (default: en).")
  Language language;
}
