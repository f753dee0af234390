package org.gms.server.directory;

/**
 * A PanelApp panel used by an indication.
 *
 * @param id PanelApp panel id
 * @param nameInDirectory how the directory names it
 * @param available whether the panel's genes are in the database
 * @param name PanelApp's current name (null when not available)
 * @param version the current panel version (null when not available)
 * @param greenGenes green genes of that version
 * @param genes all genes of that version
 */
public record PanelLink(
    int id,
    String nameInDirectory,
    boolean available,
    String name,
    String version,
    int greenGenes,
    int genes) {}
