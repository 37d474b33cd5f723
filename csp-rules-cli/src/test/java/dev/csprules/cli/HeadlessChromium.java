package dev.csprules.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, run headless on files: the DOM it renders, a screenshot, a PDF as printing
 * makes it. Each run has a profile of its own under {@code work}, so runs never share state.
 */
final class HeadlessChromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 120;

  /** What one run printed: stdout (the DOM, for --dump-dom) and the browser's log. */
  record Run(int status, String out, String log) {
    /** Lines where the page's console reported an error, such as an uncaught exception. */
    List<String> scriptErrors() {
      return log.lines().filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught")).toList();
    }
  }

  private final Path executable;
  private final Path work;
  private int runs;

  private HeadlessChromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** The first of chromium, chromium-browser and google-chrome on the PATH. */
  static Optional<HeadlessChromium> onPath(Path work) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .flatMap(folder -> NAMES.stream().map(name -> Path.of(folder, name)))
        .filter(Files::isExecutable)
        .findFirst()
        .map(executable -> new HeadlessChromium(executable, work));
  }

  Path executable() {
    return executable;
  }

  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run("--dump-dom", page.toAbsolutePath().toUri().toString());
  }

  Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(),
        page.toAbsolutePath().toUri().toString());
  }

  Run printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    return run("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toAbsolutePath().toUri().toString());
  }

  /** Runs the browser headless with these arguments; a run that hangs is killed and fails. */
  Run run(String... arguments) throws IOException, InterruptedException {
    Path folder = Files.createDirectories(work.resolve("run-" + ++runs));
    List<String> command = new ArrayList<>(
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--user-data-dir=" + folder.resolve("profile")));
    command.addAll(List.of(arguments));
    Path out = folder.resolve("stdout.txt");
    Path log = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(
        process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
  }
}
