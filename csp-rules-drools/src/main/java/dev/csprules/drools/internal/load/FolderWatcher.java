package dev.csprules.drools.internal.load;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches policy folders (and replaced data files) and calls back once a burst of changes has
 * settled, on a daemon thread of its own: an editor that saves three files gives one reload.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  private final WatchService service;
  private final Thread thread;
  private final long quietMillis;

  public FolderWatcher(List<Path> paths, long quietMillis, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quietMillis = quietMillis;
    for (Path path : paths) {
      // A folder is read at its real path (PolicyFolderReader), so it is watched there too.
      register(Files.isDirectory(path) ? path.toRealPath() : path.toAbsolutePath().getParent());
    }
    this.thread = new Thread(() -> loop(onChange), "csp-rules-policy-watcher");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void register(Path folder) throws IOException {
    try (Stream<Path> folders = Files.walk(folder)) {
      // A link inside a policy folder is refused when the folder loads; watching its target
      // would only reload on changes elsewhere on the host.
      for (Path each : folders.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
        each.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = drain(key);
        // Wait for the burst to settle: keep taking events until none comes for quietMillis.
        WatchKey more;
        while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          changed |= drain(more);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("the policy watcher stopped", e);
    }
  }

  private boolean drain(WatchKey key) {
    boolean any = false;
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      any = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = folder.resolve(name);
        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
          try {
            register(created);
          } catch (IOException e) {
            LOG.warn("cannot watch new folder {}: {}", created, e.getMessage());
          }
        }
      }
    }
    key.reset();
    return any;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
    thread.interrupt();
  }
}
