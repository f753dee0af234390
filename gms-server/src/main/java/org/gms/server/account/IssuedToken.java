package org.gms.server.account;

import java.time.Instant;

/**
 * A newly issued API bearer token.
 *
 * @param token the secret, shown once; send it as {@code Authorization: Bearer <token>}
 * @param username whose token it is
 * @param expiresAt when it stops working
 */
public record IssuedToken(String token, String username, Instant expiresAt) {}
