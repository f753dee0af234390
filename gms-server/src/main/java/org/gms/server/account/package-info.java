/**
 * Local accounts, roles and authentication: hashed passwords, session login for the web UI, bearer
 * tokens for the API, and the rules for which requests need which role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and security")
package org.gms.server.account;
