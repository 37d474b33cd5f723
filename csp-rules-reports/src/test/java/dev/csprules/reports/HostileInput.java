package dev.csprules.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Files whose names and texts try to break out of the HTML they are shown in. */
final class HostileInput {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

  private HostileInput() {}

  /**
   * A scenario folder with the order fixtures of scenarios/orders: a failing scenario named like a
   * script, one whose name closes a table cell, and a skipped one whose reason is markup.
   */
  static Path scenarios(Path folder) throws IOException {
    Files.copy(Path.of("..", "scenarios", "orders", "_fixtures.yaml"), folder.resolve("_fixtures.yaml"));
    Files.writeString(
        folder.resolve("hostile.yaml"),
        """
        scenarios:
          - name: "<script>alert(1)</script>"
            description: 'a "quoted" </td></tr></table> description & more'
            asOf: 2020-11-15
            order: {use: office, currency: USD}
            expect:
              outcome: APPROVED
          - name: "it's \\"quoted\\" </td><td>x"
            asOf: 2020-11-15
            order: {use: office}
            expect: {outcome: APPROVED}
          - name: skipped with markup
            skip: "waiting for <b onmouseover=alert(1)>a ruling</b>"
            asOf: 2020-11-15
            order: {use: office}
            expect: {outcome: APPROVED}
        """);
    return folder;
  }

  /**
   * A policy folder whose DRL comment, string literal and cited sentence are markup. (A rule's
   * name and title cannot be: the rule language refuses markup characters there, see
   * docs/security.md; the title still carries quotes and an ampersand.)
   */
  static Path policyFolder(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/hostile.drl"),
        """
        package dev.csprules.policy.rules.hostile;

        import dev.csprules.api.EnrollmentApplication;
        import dev.csprules.drools.rulefacts.Evidence;

        // </code></pre><script>alert(1)</script>
        rule "ENR-X001"
          @title("Tom & Jerry's 'quoted' rule")
          @code("MPN_ID_MISSING")
          @edition("2020-10")
          @cites("hostile-1")
        when
          EnrollmentApplication( partner.mpnId == "<img src=x onerror=alert(1)>" )
        then
          insertLogical(Evidence.of(kcontext));
        end
        """);
    Files.writeString(
        folder.resolve("seed-sentences.tsv"), "hostile-1\t<img src=x onerror=alert(1)> \"quoted\"\t</td><script>alert(1)</script>\n");
    return folder;
  }

  /** True when the page holds a tag a hostile string would have opened. */
  static boolean hasInjectedMarkup(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    return lower.contains("<script")
        || lower.contains("<img")
        || lower.contains("<b ")
        || lower.contains("<td>x")
        || lower.contains("</table> description");
  }
}
