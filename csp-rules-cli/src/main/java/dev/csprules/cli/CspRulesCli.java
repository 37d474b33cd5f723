package dev.csprules.cli;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.text.Suggestion;
import dev.csprules.testkit.ScenarioFileException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

@Command(
    name = "csp-rules",
    mixinStandardHelpOptions = true,
    versionProvider = CspRulesCli.Version.class,
    description = "Decides Microsoft CSP program policy questions, and tests the policy with scenario files.",
    subcommands = {
      EvaluateCommand.class, TestCommand.class, CoverageCommand.class, ValidateCommand.class, DiffCommand.class,
      ReplayCommand.class,
      BookCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit status: 0 success; 1 scenario failures or coverage below --min; 2 bad input or usage; 3 a bug in csp-rules."})
public final class CspRulesCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    configureLogging(args);
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line with these streams and returns its exit status; never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new CspRulesCli());
    // Text from requests and scenario files reaches both streams: nothing printed may drive the terminal.
    PrintWriter safeOut = TerminalSafeWriter.wrap(out);
    PrintWriter safeErr = TerminalSafeWriter.wrap(err);
    commandLine.setOut(safeOut);
    commandLine.setErr(safeErr);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(LocalDate.class, CspRulesCli::date);
    commandLine.setParameterExceptionHandler(CspRulesCli::usageError);
    commandLine.setExecutionExceptionHandler(CspRulesCli::failure);
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // picocli hands exceptions to failure() but lets an Error through: the JVM's
      // OutOfMemoryError or StackOverflowError would leave main with a stack trace and status 1.
      List<String> arguments = Arrays.asList(args);
      return internalError(e, arguments.contains(CommonOptions.VERBOSE) || arguments.contains("-v"), safeErr);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** Without a command: say which there are. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to do: evaluate, test, coverage, validate, diff, book or replay");
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a date as YYYY-MM-DD, found '" + text + "'");
    }
  }

  /** A wrong option or argument: one line saying what, and where help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    String reason = e.getMessage().lines().findFirst().orElse("");
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String given = unmatched.getUnmatched().get(0);
      boolean command = !commandLine.getSubcommands().isEmpty() && !given.startsWith("-");
      Set<String> known = command ? commandLine.getSubcommands().keySet() : commandLine.getCommandSpec().optionsMap().keySet();
      reason = (command ? "unknown command '" : "unknown option '") + given + "'" + Suggestion.hint(given, known);
    }
    commandLine.getErr().println(
        "csp-rules: " + reason + "; see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
    return ExitCode.BAD_INPUT;
  }

  private static int failure(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(parseResult);
    if (!(e instanceof ScenarioFileException
        || e instanceof BadInputException
        || e instanceof PolicyLoadException
        || e instanceof UncheckedIOException)) {
      return internalError(e, verbose, err);
    }
    err.println("csp-rules: " + e.getMessage());
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** A bug in csp-rules, or in a policy rule: one line, and the stack trace with --verbose. */
  static int internalError(Throwable e, boolean verbose, PrintWriter err) {
    err.println("csp-rules: internal error: " + e + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (CommandLine command : parseResult.asCommandLineList()) {
      if (command.getParseResult().hasMatchedOption(CommonOptions.VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Must run before anything logs: slf4j-simple reads its settings once. System properties win
   * over simplelogger.properties.
   */
  private static void configureLogging(String[] args) {
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains(CommonOptions.VERBOSE) || arguments.contains("-v")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      System.setProperty("org.slf4j.simpleLogger.log.dev.csprules", "info");
    }
  }

  /** The terminal gets UTF-8 whatever the platform default, so Japanese messages survive. */
  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version =
          Optional.ofNullable(CspRulesCli.class.getPackage().getImplementationVersion()).orElse("(development build)");
      return new String[] {"csp-rules " + version};
    }
  }
}
