package dev.csprules.cli;

import dev.csprules.testkit.FailureReport;
import dev.csprules.testkit.Language;
import dev.csprules.testkit.ScenarioResult;
import dev.csprules.testkit.SuiteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A test run in the JUnit XML format that Surefire writes and CI servers read: a testsuite per
 * scenario file, a testcase per scenario, with its failure or skip.
 */
final class JUnitXmlReport {
  private JUnitXmlReport() {}

  static void write(SuiteResult suite, Path file, Language language) {
    Map<Path, List<ScenarioResult>> byFile = new LinkedHashMap<>();
    suite.results()
        .forEach(result -> byFile.computeIfAbsent(result.scenario().location().file(), path -> new ArrayList<>()).add(result));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "csp-rules scenarios");
        counts(xml, suite.results());
        byFile.forEach((path, results) -> testsuite(xml, path, results, language));
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
      }
    } catch (IOException e) {
      throw new BadInputException("--junit-xml: cannot write " + file + ": " + e.getMessage());
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit XML report", e);
    }
  }

  private static void testsuite(XMLStreamWriter xml, Path file, List<ScenarioResult> results, Language language) {
    try {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", file.toString());
      counts(xml, results);
      for (ScenarioResult result : results) {
        testcase(xml, file, result, language);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit XML report", e);
    }
  }

  private static void testcase(XMLStreamWriter xml, Path file, ScenarioResult result, Language language)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", clean(result.scenario().name()));
    xml.writeAttribute("classname", className(file));
    xml.writeAttribute("file", file.toString());
    xml.writeAttribute("line", String.valueOf(result.scenario().location().line()));
    xml.writeAttribute("time", seconds(result.duration()));
    if (result.status() == ScenarioResult.Status.FAILED) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", clean(String.join("; ", result.mismatches())));
      xml.writeAttribute("type", "ScenarioFailure");
      xml.writeCharacters(clean(FailureReport.describe(result, language)));
      xml.writeEndElement();
    } else if (result.status() == ScenarioResult.Status.SKIPPED) {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", clean(result.scenario().skip().orElse("")));
    }
    xml.writeEndElement();
  }

  private static void counts(XMLStreamWriter xml, List<ScenarioResult> results) throws XMLStreamException {
    SuiteResult suite = new SuiteResult(results);
    xml.writeAttribute("tests", String.valueOf(results.size()));
    xml.writeAttribute("failures", String.valueOf(suite.failed()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(suite.skipped()));
    xml.writeAttribute(
        "time", seconds(results.stream().map(ScenarioResult::duration).reduce(Duration.ZERO, Duration::plus)));
  }

  /** scenarios/orders/resale.yaml → scenarios.orders.resale, the dotted form CI servers group by. */
  static String className(Path file) {
    String name = file.normalize().toString().replace('\\', '/');
    int extension = name.lastIndexOf('.');
    if (extension > name.lastIndexOf('/')) {
      name = name.substring(0, extension);
    }
    return clean(name.replaceAll("^(\\.\\./|\\./|/)+", "").replace('/', '.'));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }

  /** XML 1.0 cannot hold most control characters, even escaped; a scenario name might. */
  static String clean(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              clean.appendCodePoint(allowed ? c : '?');
            });
    return clean.toString();
  }
}
