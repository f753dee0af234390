/**
 * The National Genomic Test Directory: clinical indications (R-codes), their tests, test methods
 * and targets, and the PanelApp gene panels they use, with every imported release kept and what
 * changed between releases. Imports read the upstream files as published (NHS England xlsx,
 * PanelApp TSV and API JSON); {@link org.gms.server.directory.DirectoryImports} loads them, {@link
 * org.gms.server.directory.TestDirectory} and {@link org.gms.server.directory.GenePanels} answer
 * questions about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Test directory")
package org.gms.server.directory;
