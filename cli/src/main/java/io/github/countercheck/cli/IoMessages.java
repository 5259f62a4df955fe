package io.github.countercheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The reason an I/O failure gives, in words, for a message that names the path once: {@code
 * countercheck reconcile: /x.jsonl: no such file or directory}, never the path twice nor a Java
 * exception's name.
 */
final class IoMessages {

  private IoMessages() {}

  /**
   * @param e    the failure (an {@link UncheckedIOException} is read through to its cause)
   * @param path the path the message names already
   * @return why it could not be read
   */
  static String reason(Exception e, Path path) {
    String p = path.toString();
    if (e instanceof UncheckedIOException u && u.getMessage() != null
        && u.getMessage().startsWith(p + ": ")) {
      return u.getMessage().substring(p.length() + 2);   // the library's words, path first
    }
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (t instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String m = t.getMessage();
    if (m == null || m.isBlank() || m.equals(p)) {
      return Files.isDirectory(path) ? "is a directory" : "cannot be read";
    }
    return m.startsWith(p + ": ") ? m.substring(p.length() + 2) : m;
  }

  /**
   * @param e   why writing failed
   * @param out the file that could not be written
   * @return why, in words: a missing or unwritable directory is named
   */
  static String writeReason(IOException e, Path out) {
    Path parent = out.toAbsolutePath().getParent();
    if (e instanceof NoSuchFileException && parent != null && !Files.isDirectory(parent)) {
      return "no such directory: " + parent;
    }
    if (e instanceof AccessDeniedException && parent != null && Files.isDirectory(parent)
        && !Files.exists(out)) {
      return "permission denied to write in " + parent;
    }
    if (Files.isDirectory(out)) {
      return "is a directory";
    }
    return reason(e, out);
  }
}
