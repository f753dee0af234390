package org.gms.cli;

import org.gms.server.audit.AuditLog;
import org.gms.server.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** {@code ./gms audit verify}: checks the audit log's hash chain. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the audit log.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand extends CommandGroup {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Re-compute the audit log's hash chain and report the first event that was changed,"
              + " inserted or removed. Exit code 0 when intact, 1 when broken.")
  static final class Verify extends DatabaseCommand {

    @Override
    int run(ConfigurableApplicationContext context) {
      AuditVerification result = context.getBean(AuditLog.class).verify();
      System.out.println(result);
      return result.intact() ? 0 : 1;
    }
  }
}
