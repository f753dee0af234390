package org.gms.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and replaces {@code manifest.json}: the new version is written to a temporary file, forced
 * to disk and renamed over the old one (an atomic rename), so a reader sees the old or the new
 * version, whole, and a process killed at any point leaves one of them.
 */
public final class ManifestFile {

  public static final String NAME = "manifest.json";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ManifestFile() {}

  /** The manifest of the store at root, or empty if none has been committed yet. */
  public static Manifest read(Path root, int binSize) {
    Path file = root.resolve(NAME);
    try {
      return JSON.readValue(Files.readAllBytes(file), Manifest.class);
    } catch (NoSuchFileException e) {
      return Manifest.empty(binSize);
    } catch (IOException | JacksonException e) {
      throw new StoreException(
          "The store's manifest "
              + file
              + " cannot be read ("
              + e.getMessage()
              + "): restore it from a backup; the data files it lists are under "
              + root.resolve("data"),
          e);
    }
  }

  static void write(Path root, Manifest manifest) {
    Path file = root.resolve(NAME);
    Path temporary = root.resolve(NAME + ".next");
    try {
      byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(root);
    } catch (IOException e) {
      throw new StoreException("Could not write the store's manifest " + file + ": " + e, e);
    }
  }

  /** Forces a directory's entries (renames, new files) to disk where the platform allows it. */
  static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported on every file system: the rename itself is still atomic
    }
  }
}
