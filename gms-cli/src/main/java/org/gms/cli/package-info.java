/**
 * The {@code ./gms} launcher: one picocli command per task. Genomics commands run the core library
 * directly; server commands start the Spring application (with or without its web server).
 */
package org.gms.cli;
