package dev.csprules.reports;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The reports' jte templates, compiled with the module (src/main/jte), rendered to a string. */
final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  static String render(String template, Object page) {
    StringOutput output = new StringOutput();
    ENGINE.render(template, page, output);
    return output.toString();
  }
}
