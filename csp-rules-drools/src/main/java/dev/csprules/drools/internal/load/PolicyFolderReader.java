package dev.csprules.drools.internal.load;

import dev.csprules.drools.internal.policy.PolicySource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a policy folder as untrusted input (docs/authoring.md, "Folder files"). The root is
 * resolved once; below it nothing is followed: every entry's type is read without following
 * links, and only regular files with a policy file's name are opened, relative to their folder
 * and without following links. A link, FIFO, socket, device or hard-linked file is refused by
 * name and never opened, so nothing outside the folder is read and no content of a refused file
 * reaches an error. Sizes, depth and entry count are capped, a file that changes while being read
 * is reported, and the whole read runs on a worker with a time limit: a file swapped for a FIFO
 * between the check and the open blocks only that worker, never the load.
 */
final class PolicyFolderReader {
  static final int MAX_DEPTH = 8;
  static final int MAX_ENTRIES = 1_000;
  static final int MAX_FILE_BYTES = 256 * 1024;
  static final int MAX_FOLDER_BYTES = 4 * 1024 * 1024;
  static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  /** DRL file and folder names reach generated code: letters, digits and hyphens only. */
  private static final Pattern DRL_FILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.drl");
  private static final Pattern RULE_FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern DATA_FILE_LIKE = Pattern.compile("[^/]*\\.(csv|properties|tsv|txt)");
  private static final Set<OpenOption> READ_NO_LINKS = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  /** What a folder held: its policy files by path, and every problem, each naming its file. */
  record Contents(Map<String, PolicySource> sources, List<String> problems) {}

  private final Path folder;
  private final Duration timeLimit;
  private final Consumer<Path> beforeOpen;
  private final Map<String, PolicySource> sources = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int entries;
  private long bytesRead;
  /** The file being read now, for the message when a read does not finish. */
  private volatile String current = "";

  private PolicyFolderReader(Path folder, Duration timeLimit, Consumer<Path> beforeOpen) {
    this.folder = folder;
    this.timeLimit = timeLimit;
    this.beforeOpen = beforeOpen;
  }

  /** Reads the policy files of {@code folder}; problems name files as {@code folder/path}. */
  static Contents read(Path folder) {
    return read(folder, TIME_LIMIT, file -> {});
  }

  /**
   * @param beforeOpen runs between a file's check and its open: tests swap the file there, as an
   *     attacker racing the load would
   */
  static Contents read(Path folder, Duration timeLimit, Consumer<Path> beforeOpen) {
    PolicyFolderReader reader = new PolicyFolderReader(folder, timeLimit, beforeOpen);
    return reader.withinTimeLimit(reader::walkRoot);
  }

  /**
   * Reads one file a caller named (the builder's {@code marketsFile}): the caller chose the path,
   * so links on the way to it are followed once, and then the same checks as for a folder's file.
   */
  static Contents readNamedFile(Path file, String path) {
    PolicyFolderReader reader = new PolicyFolderReader(file, TIME_LIMIT, each -> {});
    return reader.withinTimeLimit(() -> reader.readNamed(file, path));
  }

  /**
   * Runs the read on a daemon worker and waits at most the time limit. A worker still blocked
   * then is abandoned (an open on a FIFO ignores interrupts) and its partial results dropped.
   */
  private Contents withinTimeLimit(Runnable read) {
    FutureTask<Contents> task =
        new FutureTask<>(() -> {
          read.run();
          return new Contents(Map.copyOf(sources), List.copyOf(problems));
        });
    Thread worker = new Thread(task, "csp-rules-policy-reader");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      String stuck = current.isEmpty() ? folder.toString() : current;
      return failed(stuck + ": not read within " + timeLimit.toMillis() + " ms (a FIFO or a stalled file system blocks it)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(folder + ": reading was interrupted");
    } catch (ExecutionException e) {
      return failed(folder + ": cannot be read: " + e.getCause().getClass().getSimpleName());
    }
  }

  private static Contents failed(String problem) {
    return new Contents(Map.of(), List.of(problem));
  }

  private void walkRoot() {
    Path root;
    try {
      root = folder.toRealPath();
    } catch (NoSuchFileException e) {
      problem(folder.toString(), "not a folder");
      return;
    } catch (IOException e) {
      problem(folder.toString(), "cannot be read: " + reason(e));
      return;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
      walk(stream, root, "", 1);
    } catch (NotDirectoryException e) {
      problem(folder.toString(), "not a folder");
    } catch (IOException e) {
      problem(folder.toString(), "cannot be read: " + reason(e));
    }
  }

  /** Lists one folder; {@code prefix} is its path below the root, "" or ending in '/'. */
  private void walk(DirectoryStream<Path> stream, Path dir, String prefix, int depth) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    names.sort(null);
    for (String name : names) {
      // Editors' lock and swap files, and version control, live under dot names: never read.
      if (name.startsWith(".")) {
        continue;
      }
      String path = prefix + name;
      String shown = shown(path);
      if (++entries > MAX_ENTRIES) {
        if (entries == MAX_ENTRIES + 1) {
          problem(folder.toString(), "holds more than " + MAX_ENTRIES + " files and folders; the rest is not read");
        }
        return;
      }
      BasicFileAttributes attributes;
      try {
        attributes = attributes(stream, dir, name);
      } catch (NoSuchFileException e) {
        problem(shown, "vanished while the folder was read");
        continue;
      } catch (IOException e) {
        problem(shown, "cannot be read: " + reason(e));
        continue;
      }
      if (attributes.isDirectory()) {
        enter(stream, dir, path, depth);
      } else if (!attributes.isRegularFile()) {
        problem(shown, refusal(attributes));
      } else if (path.endsWith(".drl") || PolicyFiles.DATA_FILES.contains(path)) {
        readPolicyFile(stream, dir, name, path, attributes);
      } else if (DATA_FILE_LIKE.matcher(path).matches()) {
        problem(shown, "not a policy file; the data files are " + String.join(", ", PolicyFiles.DATA_FILES.stream().sorted().toList()));
      }
    }
  }

  private void enter(DirectoryStream<Path> parent, Path dir, String path, int depth) {
    if (depth >= MAX_DEPTH) {
      problem(shown(path), "is more than " + MAX_DEPTH + " folders deep; its files are not read");
      return;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    try (DirectoryStream<Path> child = open(parent, dir, name)) {
      walk(child, dir.resolve(name), path + "/", depth + 1);
    } catch (NoSuchFileException | NotDirectoryException e) {
      problem(shown(path), "vanished or changed while the folder was read");
    } catch (FileSystemLoopException e) {
      problem(shown(path), "was replaced by a link while the folder was read");
    } catch (IOException e) {
      problem(shown(path), "cannot be read: " + reason(e));
    }
  }

  private void readPolicyFile(
      DirectoryStream<Path> stream, Path dir, String name, String path, BasicFileAttributes attributes) {
    List<String> folders = List.of(path.split("/"));
    if (path.endsWith(".drl") && !DRL_FILE.matcher(name).matches()) {
      problem(shown(path), "a rule file's name is lower-case letters, digits and hyphens (at most 64) before .drl");
    } else if (!folders.subList(0, folders.size() - 1).stream().allMatch(each -> RULE_FOLDER.matcher(each).matches())) {
      problem(shown(path), "a folder holding rules is named with lower-case letters, digits and hyphens (at most 64)");
    } else if (linkCount(dir.resolve(name)) > 1) {
      problem(shown(path), "has other hard links; a policy file must be a file of its own");
    } else {
      readChecked(stream, dir, name, path, shown(path), attributes);
    }
  }

  private void readNamed(Path file, String path) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      problem(file.toString(), "cannot be read: " + reason(e));
      return;
    }
    Path dir = real.getParent();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      String name = real.getFileName().toString();
      BasicFileAttributes attributes = attributes(stream, dir, name);
      if (!attributes.isRegularFile()) {
        problem(file.toString(), refusal(attributes));
      } else {
        readChecked(stream, dir, name, path, file.toString(), attributes);
      }
    } catch (IOException e) {
      problem(file.toString(), "cannot be read: " + reason(e));
    }
  }

  /** Opens a file checked to be regular, reads at most the limit, then checks it is unchanged. */
  private void readChecked(
      DirectoryStream<Path> stream, Path dir, String name, String path, String shown, BasicFileAttributes before) {
    if (before.size() > MAX_FILE_BYTES) {
      problem(shown, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
      return;
    }
    current = shown;
    beforeOpen.accept(dir.resolve(name));
    byte[] bytes;
    try (SeekableByteChannel channel = openFile(stream, dir, name)) {
      bytes = readAtMost(channel, MAX_FILE_BYTES + 1);
      BasicFileAttributes after = attributes(stream, dir, name);
      if (!after.isRegularFile()
          || !Objects.equals(before.fileKey(), after.fileKey())
          || after.size() != bytes.length
          || before.size() != bytes.length
          || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
        problem(shown, "changed while it was read; load the policy again once it is written");
        return;
      }
    } catch (NoSuchFileException e) {
      problem(shown, "vanished while it was read");
      return;
    } catch (IOException e) {
      problem(shown, "cannot be read: " + reason(e));
      return;
    } finally {
      current = "";
    }
    if (bytes.length > MAX_FILE_BYTES) {
      problem(shown, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
      return;
    }
    bytesRead += bytes.length;
    if (bytesRead > MAX_FOLDER_BYTES) {
      problem(shown, "takes the folder's files past " + MAX_FOLDER_BYTES / (1024 * 1024) + " MiB");
      return;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      sources.put(path, new PolicySource(shown, text, false));
    } catch (CharacterCodingException e) {
      problem(shown, "not valid UTF-8");
    }
  }

  private static byte[] readAtMost(SeekableByteChannel channel, int limit) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(limit);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // Reads until the limit or the end of the file, whichever comes first.
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return bytes;
  }

  /** Reads an entry's type without following a link, relative to its folder where the OS can. */
  private static BasicFileAttributes attributes(DirectoryStream<Path> stream, Path dir, String name) throws IOException {
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return secure
          .getFileAttributeView(Path.of(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .readAttributes();
    }
    return Files.readAttributes(dir.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private static SeekableByteChannel openFile(DirectoryStream<Path> stream, Path dir, String name) throws IOException {
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return secure.newByteChannel(Path.of(name), READ_NO_LINKS);
    }
    return Files.newByteChannel(dir.resolve(name), READ_NO_LINKS);
  }

  private static DirectoryStream<Path> open(DirectoryStream<Path> stream, Path dir, String name) throws IOException {
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return secure.newDirectoryStream(Path.of(name), LinkOption.NOFOLLOW_LINKS);
    }
    if (Files.isSymbolicLink(dir.resolve(name))) {
      throw new FileSystemLoopException(dir.resolve(name).toString());
    }
    return Files.newDirectoryStream(dir.resolve(name));
  }

  /** How many names the file has, or 1 where the file system does not say. */
  private static int linkCount(Path file) {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return 1;
    }
  }

  private static String refusal(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "is a symbolic link; a policy folder holds regular files and folders only, and links are never followed";
    }
    return "is not a regular file (a FIFO, socket or device); a policy folder holds regular files and folders only";
  }

  /** What the operating system said (say, "Permission denied"), without repeating the path. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }

  private String shown(String path) {
    return folder.resolve(path).toString().replace('\\', '/');
  }

  private void problem(String file, String message) {
    problems.add(file + ": " + message);
  }
}
