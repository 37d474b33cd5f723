package dev.csprules.testkit.corpus;

import static dev.csprules.testkit.corpus.Doc.list;
import static dev.csprules.testkit.corpus.Doc.plain;
import static dev.csprules.testkit.corpus.Doc.text;

import dev.csprules.testkit.corpus.BadFile.FileProblem;
import dev.csprules.testkit.corpus.BadFile.RequestProblem;
import dev.csprules.testkit.corpus.BadFile.SameRequest;
import dev.csprules.testkit.corpus.Emitter.Position;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Files broken as files rather than in one field: not a mapping, not UTF-8, not YAML, aliases and
 * tags, nesting thousands deep, sizes far beyond any scenario file. And a few that are not
 * strictly what the format says but read unambiguously, which must read to the very request
 * written properly.
 */
final class BrokenFiles {
  /** Twice the reader's cap of 5 MiB. */
  private static final int TEN_MIB = 10 * 1024 * 1024;

  private static final String APPLICATION_YAML = Emitter.yaml(BaseDocuments.APPLICATION).text();
  private static final String APPLICATION_JSON = Emitter.json(BaseDocuments.APPLICATION).text();

  /** A revenue record as the last list of {@link #APPLICATION_YAML} writes one, a line of its own. */
  private static final String REVENUE_RECORD =
      "      - {month: 2019-11, amount: 1, currency: USD, kind: CLOUD, channel: INDIRECT_RESELLER}\n";

  private BrokenFiles() {}

  static List<BadFile> all() {
    List<BadFile> files = new ArrayList<>();
    files.addAll(notAMapping());
    files.addAll(notUtf8());
    files.addAll(notYaml());
    files.addAll(aliasesAndTags());
    files.addAll(tooDeep());
    files.addAll(tooLarge());
    files.addAll(requestFiles());
    files.addAll(readAnyway());
    return files;
  }

  private static List<BadFile> notAMapping() {
    String mapping = "expected a mapping of fields, found ";
    return List.of(
        atStart("an empty file", "yaml", Contents.bytes(new byte[0]), "the file is empty"),
        atStart("blank lines only", "yaml", Contents.text("\n   \n\n"), "the file is empty"),
        atStart("comments only", "yaml", Contents.text("# nothing\n# here\n"), "the file is empty"),
        at("a document start only", "yaml", Contents.text("---\n"), 2, 1, mapping + "an empty value"),
        atStart("a list", "yaml", Contents.text("- asOf: 2020-11-15\n"), mapping + "a list"),
        atStart("text", "yaml", Contents.text("just a sentence\n"), mapping + "'just a sentence'"),
        atStart("a number", "json", Contents.text("42\n"), mapping + "'42'"),
        atStart("null", "json", Contents.text("null\n"), mapping + "an empty value"),
        atStart("an empty JSON array", "json", Contents.text("[]\n"), mapping + "a list"),
        at("two documents", "yaml", Contents.text(APPLICATION_YAML + "---\n" + APPLICATION_YAML), line(APPLICATION_YAML) + 1, 1, "expected a single document"));
  }

  /** Files that are not UTF-8: the reader names the file and decodes nothing. */
  private static List<BadFile> notUtf8() {
    List<BadFile> files = new ArrayList<>();
    byte[][] sequences = {
      {(byte) 0x80}, // a continuation byte alone
      {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
      {(byte) 0xE3, (byte) 0x81}, // a three-byte character cut short
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xFF}, // never in UTF-8
      {(byte) 0xE9}, // ISO-8859-1 e-acute
    };
    String[] names = {"a lone continuation byte", "an overlong encoding", "a character cut short", "a surrogate", "a code point beyond U+10FFFF", "the byte FF", "Latin-1 text"};
    for (int i = 0; i < sequences.length; i++) {
      byte[] prefix = "description: caf".getBytes(StandardCharsets.US_ASCII);
      byte[] bytes = concat(prefix, sequences[i], ("\n" + APPLICATION_YAML.substring(APPLICATION_YAML.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8));
      files.add(atStart("invalid UTF-8: " + names[i], "yaml", Contents.bytes(bytes), "not UTF-8 text"));
    }
    files.add(atStart("UTF-16 with a byte order mark", "json", Contents.bytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, APPLICATION_JSON.getBytes(StandardCharsets.UTF_16LE))), "not UTF-8 text"));
    byte[] random = new byte[4096];
    new Random(20_18_01_24).nextBytes(random);
    files.add(atStart("random bytes", "yaml", Contents.bytes(random), "not UTF-8 text"));
    files.add(atStart("a PNG image", "yaml", Contents.bytes(concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, random)), "not UTF-8 text"));
    files.add(atStart("a gzip file", "json", Contents.bytes(concat(new byte[] {0x1F, (byte) 0x8B, 8, 0}, random)), "not UTF-8 text"));
    return files;
  }

  /** UTF-8 text that YAML cannot read. */
  private static List<BadFile> notYaml() {
    String unclosedQuote = "description: \"unclosed\nasOf: 2020-11-15\n";
    return List.of(
        at("NUL bytes", "yaml", Contents.text("description: a\u0000b\n"), 1, 15, "the character U+0000 is not allowed"),
        at("a control character", "yaml", Contents.text("description: bell\u0007\n"), 1, 18, "the character U+0007 is not allowed"),
        at("an ELF header", "yaml", Contents.bytes(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}), 1, 1, "the character U+007F is not allowed"),
        at("a tab for indentation", "yaml", Contents.text("application:\n\tmodel: DIRECT_BILL\n"), 2, 1, "TAB"),
        at("an unclosed flow mapping", "yaml", Contents.text("application: {model: DIRECT_BILL\nasOf: 2020-11-15\n"), 2, 5, "expected ',' or '}'"),
        at("an unclosed flow sequence", "yaml", Contents.text("description: [a, b\nasOf: 2020-11-15\n"), 2, 5, "expected ',' or ']'"),
        at("an unclosed quote", "yaml", Contents.text(unclosedQuote), 3, 1, "found unexpected end of stream"),
        at("a second value on a line", "yaml", Contents.text("asOf: 2020-11-15: today\n"), 1, 17, "mapping values are not allowed here"),
        at("a key without a colon", "yaml", Contents.text("application:\n  model DIRECT_BILL\n  sellLocation: JP\n"), 3, 15, "mapping values are not allowed here"),
        at("an indentation that matches nothing", "yaml", Contents.text("application:\n    model: DIRECT_BILL\n  sellLocation: JP\n"), 3, 3, "expected <block end>"),
        at("an unknown escape", "yaml", Contents.text("description: \"\\q\"\n"), 1, 16, "found unknown escape character q"),
        at("JSON without a comma", "json", Contents.text("{\"asOf\": \"2020-11-15\"\n \"application\": {}}\n"), 2, 2, "expected ',' or '}'"),
        at("JSON with a closing brace too many", "json", Contents.text(APPLICATION_JSON + "}\n"), line(APPLICATION_JSON) + 1, 1, "expected '<document start>'"),
        at("a YAML 2.0 directive", "yaml", Contents.text("%YAML 2.0\n---\n" + APPLICATION_YAML), 1, 1, "YAML 2.0 is not supported"));
  }

  private static List<BadFile> aliasesAndTags() {
    List<BadFile> files = new ArrayList<>();
    files.add(at("an alias to no anchor", "yaml", Contents.text("description: *nowhere\n"), 1, 14, "found undefined alias nowhere"));
    files.add(anywhere("a billion laughs", "yaml", Contents.text(billionLaughs(10)), "Number of aliases for non-scalar nodes exceeds the specified max=50"));
    files.add(anywhere("a billion laughs of few aliases", "yaml", Contents.text(billionLaughs(4)), "more than 100000 values (do aliases expand without end?)"));
    files.add(anywhere("an alias inside its own anchor", "yaml", Contents.text("description: &loop [*loop]\n"), "does an alias refer to itself?"));
    StringBuilder aliases = new StringBuilder("unexpectedField: &list [x]\ndescription: [");
    for (int i = 0; i < 60; i++) {
      aliases.append(i == 0 ? "" : ", ").append("*list");
    }
    files.add(anywhere("sixty aliases of one list", "yaml", Contents.text(aliases.append("]\n").toString()), "Number of aliases for non-scalar nodes exceeds the specified max=50"));
    BadFileCorpus.Breaker companyName = breaker("application.partner.companyName");
    String binary = "the tag tag:yaml.org,2002:binary is not supported here";
    files.add(companyName.wrongValue("tagged !!binary", plain("!!binary Q29udG9zbw=="), binary).withPath(""));
    files.add(companyName.wrongValue("tagged as a Java class", plain("!java.lang.ProcessBuilder calc"), "the tag !java.lang.ProcessBuilder is not supported here").withPath(""));
    files.add(companyName.wrongValue("tagged as a Python object", plain("!!python/object/apply:os.system [\"id\"]"), "the tag tag:yaml.org,2002:python/object/apply:os.system is not supported here").withCount(2).withPath(""));
    BadFileCorpus.Breaker enrolledAs = breaker("application.partner.enrolledAs");
    files.add(enrolledAs.wrongValue("tagged !!set", plain("!!set {INDIRECT_RESELLER}"), "the tag tag:yaml.org,2002:set is not supported here").withCount(2).withPath(""));
    files.add(at("a list for a key", "yaml", Contents.text(APPLICATION_YAML + "? [a, b]\n: c\n"), line(APPLICATION_YAML) + 1, 3, "a key must be plain text, not a list or mapping"));
    return files;
  }

  private static List<BadFile> tooDeep() {
    String deep = "nested more than 64 levels deep";
    return List.of(
        anywhere("flow lists ten thousand deep", "yaml", Contents.repeated("unexpectedField: ", "[", 10_000, "]".repeat(10_000) + "\n"), deep),
        anywhere("JSON objects ten thousand deep", "json", Contents.repeated("{\"unexpectedField\": ", "{\"a\": ", 10_000, "1" + "}".repeat(10_001) + "\n"), deep),
        anywhere("block lists ten thousand deep", "yaml", Contents.repeated("unexpectedField:\n", "- ", 10_000, "x\n"), deep),
        anywhere("block mappings two thousand deep", "yaml", Contents.text(blockMappings(2_000)), deep),
        anywhere("sixty-five levels", "yaml", Contents.repeated("unexpectedField: ", "[", 65, "]".repeat(65) + "\n"), deep));
  }

  private static List<BadFile> tooLarge() {
    String tooLarge = "larger than 5 MiB (5242880 bytes), the most a scenario file may be";
    return List.of(
        atStart("ten MiB of comments", "yaml", Contents.repeated(APPLICATION_YAML, "# padding padding padding padding padding padding padding\n", TEN_MIB / 58, ""), tooLarge),
        atStart("a three GiB file", "yaml", Contents.sparse(3L * 1024 * 1024 * 1024), tooLarge),
        atStart("one line of six MiB", "yaml", Contents.repeated("description: ", "x", 6 * 1024 * 1024, "\n"), tooLarge),
        anywhere("twenty thousand revenue records", "yaml", Contents.repeated(APPLICATION_YAML, REVENUE_RECORD, 20_000, ""), "more than 100000 values"),
        new BadFile(
            "a thousand revenue records and one",
            "yaml",
            Contents.repeated(APPLICATION_YAML, REVENUE_RECORD, 999, ""),
            new RequestProblem("partner.revenue", "has 1001 records; at most 1000 are accepted")),
        anywhere("a key a hundred thousand characters long", "yaml", Contents.text(APPLICATION_YAML + "k".repeat(100_000) + ": x\n"), "could not find expected ':'"));
  }

  private static List<BadFile> requestFiles() {
    Doc both = Doc.add(BaseDocuments.APPLICATION, "", "order", Doc.at(BaseDocuments.ORDER, "order"));
    Doc neither = Doc.remove(BaseDocuments.APPLICATION, "application");
    BadFileCorpus.Breaker schema = new BadFileCorpus.Breaker(new BadFileCorpus.Base("application", Doc.add(BaseDocuments.APPLICATION, "", "$schema", text("x")), "yaml"), "$schema");
    return List.of(
        atStart("an application and an order", "yaml", Contents.text(Emitter.yaml(both).text()), "order: give an application or an order, not both"),
        atStart("no request", "yaml", Contents.text(Emitter.yaml(neither).text()), "application: is missing: give an application or an order"),
        schema.wrongValue("a list", list(text("x")), "expected text, found a list"));
  }

  /** Not what the format says, but unambiguous: read as if written properly. */
  private static List<BadFile> readAnyway() {
    Doc withHome = Doc.replace(BaseDocuments.APPLICATION, "application.partner.companyName", text("${HOME}"));
    return List.of(
        sameAsApplication("JSON with trailing commas", "json", APPLICATION_JSON.replace("\"\n", "\",\n").replace("}\n", "},\n").replaceFirst(",\n$", "\n")),
        sameAsApplication("JSON with comments", "json", "# a comment\n" + APPLICATION_JSON.replace("{\n", "{ # here too\n")),
        sameAsApplication("JSON with single quotes", "json", APPLICATION_JSON.replace("\"JP\"", "'JP'")),
        sameAsApplication("a byte order mark", "yaml", "\uFEFF" + APPLICATION_YAML),
        sameAsApplication("Windows line ends", "yaml", APPLICATION_YAML.replace("\n", "\r\n")),
        sameAsApplication("an anchor used twice", "yaml", APPLICATION_YAML.replace("sellLocation: \"JP\"", "sellLocation: &jp \"JP\"").replace("country: \"JP\"", "country: *jp")),
        sameAsApplication("a merge key", "yaml", "<<: {asOf: 2020-11-15}\n" + Emitter.yaml(Doc.remove(BaseDocuments.APPLICATION, "asOf")).text()),
        new BadFile("an environment variable", "yaml", Contents.text(Emitter.yaml(withHome).text()), new SameRequest(withHome)));
  }

  private static BadFile sameAsApplication(String name, String extension, String text) {
    return new BadFile(name, extension, Contents.text(text), new SameRequest(BaseDocuments.APPLICATION));
  }

  private static BadFileCorpus.Breaker breaker(String path) {
    return new BadFileCorpus.Breaker(new BadFileCorpus.Base("application", BaseDocuments.APPLICATION, "yaml"), path);
  }

  private static BadFile atStart(String name, String extension, BadFile.Content content, String says) {
    return at(name, extension, content, 1, 1, says);
  }

  private static BadFile at(String name, String extension, BadFile.Content content, int line, int column, String says) {
    return new BadFile(name, extension, content, new FileProblem(Optional.of(new Position(line, column)), "", says, 1));
  }

  private static BadFile anywhere(String name, String extension, BadFile.Content content, String says) {
    return new BadFile(name, extension, content, new FileProblem(Optional.empty(), "", says, 1));
  }

  /** The number of lines of a text that ends in a line break. */
  private static int line(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  /** Nine levels of lists of {@code aliases} aliases to the level below: ten lols times aliases^9. */
  private static String billionLaughs(int aliases) {
    StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < aliases; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("description: *a9\n").toString();
  }

  private static String blockMappings(int depth) {
    StringBuilder yaml = new StringBuilder("unexpectedField:\n");
    for (int i = 1; i <= depth; i++) {
      yaml.append(" ".repeat(i)).append("a:\n");
    }
    return yaml.toString();
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
