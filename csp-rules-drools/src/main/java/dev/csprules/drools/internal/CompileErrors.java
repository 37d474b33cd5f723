package dev.csprules.drools.internal;

import java.util.List;
import java.util.Map;
import org.kie.api.builder.Message;

/** Drools' compile errors in the author's terms: at the policy file's path and line. */
final class CompileErrors {
  private CompileErrors() {}

  static List<String> describe(List<Message> errors, Map<String, String> policyPathByBuildPath, String sourceRoot) {
    return errors.stream().map(error -> describe(error, policyPathByBuildPath, sourceRoot)).distinct().toList();
  }

  private static String describe(Message error, Map<String, String> policyPathByBuildPath, String sourceRoot) {
    String buildPath = error.getPath() == null ? "" : error.getPath();
    String path =
        policyPathByBuildPath.getOrDefault(
            buildPath, policyPathByBuildPath.getOrDefault(sourceRoot + buildPath, buildPath));
    StringBuilder where = new StringBuilder(path);
    if (!path.isEmpty() && error.getLine() > 0) {
      where.append(':').append(error.getLine());
      if (error.getColumn() > 0) {
        where.append(':').append(error.getColumn());
      }
    }
    String text = error.getText().strip().replaceAll("\\s+", " ");
    return where.length() == 0 ? text : where + ": " + text;
  }
}
