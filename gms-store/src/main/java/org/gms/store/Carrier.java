package org.gms.store;

/** One allowed individual carrying one variant (a row of the re-analysis sweep or an export). */
public record Carrier(int individual, Variant variant, String gene, int copies) {}
