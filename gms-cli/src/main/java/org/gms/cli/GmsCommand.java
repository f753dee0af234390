package org.gms.cli;

/**
 * A command another module adds to {@code ./gms}: the benchmarks module adds {@code benchmark}.
 * Implementations are found with {@link java.util.ServiceLoader} (listed in {@code
 * META-INF/services/org.gms.cli.GmsCommand}), so this module does not depend on theirs.
 */
public interface GmsCommand {

  /** The picocli command object (a class annotated with {@code @Command}). */
  Object command();
}
