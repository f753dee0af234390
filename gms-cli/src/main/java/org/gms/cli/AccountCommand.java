package org.gms.cli;

import java.io.Console;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./gms account add|list}: local accounts for `./gms serve`. */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "Manage local accounts.",
    subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class})
final class AccountCommand extends CommandGroup {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create an account (or reset its password and roles). The password is read from the"
              + " terminal, or from the environment variable named by --password-env.")
  static final class Add extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "USERNAME", description = "Login name, e.g. j.smith.")
    String username;

    @Option(
        names = "--role",
        required = true,
        split = ",",
        paramLabel = "ROLE",
        description = "One or more of: ${COMPLETION-CANDIDATES}.")
    Set<Role> roles;

    @Option(
        names = "--organisation",
        required = true,
        paramLabel = "ORG",
        description = "Trust or laboratory hub.")
    String organisation;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name.")
    String displayName;

    @Option(
        names = "--password-env",
        paramLabel = "VAR",
        description = "Read the password from this environment variable.")
    String passwordEnv;

    private String password;

    @Override
    void check() {
      password = password();
    }

    @Override
    int run(ConfigurableApplicationContext context) {
      Account account =
          context
              .getBean(Accounts.class)
              .save(new Account(username, displayName, roles, organisation), password);
      System.out.println("Saved account " + account.username() + " " + account.roles());
      return 0;
    }

    private String password() {
      if (passwordEnv != null) {
        String value = System.getenv(passwordEnv);
        if (value == null) {
          throw new IllegalArgumentException(
              "Environment variable "
                  + passwordEnv
                  + " is not set; export it or omit --password-env");
        }
        return value;
      }
      Console console = System.console();
      if (console == null) {
        throw new IllegalArgumentException(
            "No terminal to read the password from; use --password-env VAR");
      }
      return new String(console.readPassword("Password for %s (12+ characters): ", username));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
  static final class ListAccounts extends DatabaseCommand {

    @Override
    int run(ConfigurableApplicationContext context) {
      context
          .getBean(Accounts.class)
          .all()
          .forEach(
              a ->
                  System.out.printf(
                      "%-16s %-28s %-30s %s%n",
                      a.username(), a.displayName(), a.organisation(), a.roles()));
      return 0;
    }
  }
}
