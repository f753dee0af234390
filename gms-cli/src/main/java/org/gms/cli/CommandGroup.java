package org.gms.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups sub-commands ({@code ./gms directory}, {@code ./gms account} ...): run
 * on its own, it prints its usage, listing them.
 */
public abstract class CommandGroup implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public final void run() {
    spec.commandLine().usage(System.out);
  }
}
