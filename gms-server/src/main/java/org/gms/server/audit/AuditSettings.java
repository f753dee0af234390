package org.gms.server.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit chain is anchored outside the database, under {@code gms.audit}.
 *
 * @param anchorDir directory of the chain's key ({@code audit.key}, owner-only) and of its
 *     append-only checkpoint files (default: {@code audit} in the platform's data directory); the
 *     server and {@code ./gms audit verify} must see the same one
 */
@ConfigurationProperties("gms.audit")
public record AuditSettings(Path anchorDir) {}
