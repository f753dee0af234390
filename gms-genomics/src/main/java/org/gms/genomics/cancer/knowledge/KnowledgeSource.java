package org.gms.genomics.cancer.knowledge;

/** A knowledge source a report used: its name, version and licence. */
public record KnowledgeSource(String name, String version, String licence) {}
