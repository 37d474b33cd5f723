package dev.csprules.samples;

import dev.csprules.api.fact.CspModel;
import dev.csprules.api.EngineListener;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.drools.DroolsPolicyEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A policy folder layered over the built-in policy, and a reload: copies the example folder
 * (examples/policy-2018-history, or the folder given) to a scratch folder, decides an application
 * under it, switches one more built-in rule off in the folder's disabled-rules.txt, reloads, and
 * decides again. A service would build with {@code .watch()} and let the engine reload on change.
 */
public final class PolicyFolderSample {
  private PolicyFolderSample() {}

  public static void main(String[] args) throws IOException {
    Path example = Path.of(args.length > 0 ? args[0] : "examples/policy-2018-history");
    Path folder = copy(example, Files.createTempDirectory("csp-rules-policy-"));
    PrintStream out = System.out;

    EngineListener report =
        new EngineListener() {
          @Override
          public void reloaded(String previousVersion, String newVersion) {
            out.printf("policy %s replaced %s%n", newVersion, previousVersion);
          }
        };
    try (DroolsPolicyEngine engine =
        DroolsPolicyEngine.builder().policyFolder(folder).listener(report).build()) {
      EnrollmentApplication application =
          new EnrollmentApplication("application-42", EvaluateSample.fabrikam(), CspModel.DIRECT_BILL, "JP");
      LocalDate asOf = LocalDate.of(2020, 11, 15);
      EvaluateSample.print(out, engine.evaluate(application, asOf));

      // ENR-140: a direct bill partner's trailing revenue must reach the threshold.
      Files.writeString(
          folder.resolve("disabled-rules.txt"), "ENR-140\n", StandardOpenOption.APPEND);
      engine.reload();
      EvaluateSample.print(out, engine.evaluate(application, asOf));
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          file -> {
            try {
              Path target = to.resolve(from.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(target);
              } else {
                Files.copy(file, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return to;
  }
}
