package org.gms.cli;

import java.util.concurrent.Callable;
import org.gms.server.audit.AuditLog;
import org.gms.server.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./gms audit verify}: checks the audit log's hash chain. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the audit log.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Re-compute the audit log's hash chain and report the first event that was changed,"
              + " inserted or removed. Exit code 0 when intact, 1 when broken.")
  static final class Verify implements Callable<Integer> {

    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
      try (var context = ServerContext.offline(database.properties())) {
        AuditVerification result = context.getBean(AuditLog.class).verify();
        System.out.println(result);
        return result.intact() ? 0 : 1;
      }
    }
  }
}
