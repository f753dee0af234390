/**
 * Tumour types: OncoTree codes (2025-10-03), Disease Ontology ids (2026-07-31) and NHS test
 * directory M-codes (a curated M-code to OncoTree table), resolved to one {@link
 * org.gms.genomics.cancer.tumourtype.TumourType} with both an OncoTree node and a DOID (the
 * oncoPhenoMap OncoTree-DOID map, walking up OncoTree when a node has no DOID of its own), and the
 * hierarchy applied when evidence is matched: evidence for a parent type applies to its children;
 * pan-cancer and solid-tumour evidence to all (solid: to every non-haematological type).
 */
package org.gms.genomics.cancer.tumourtype;
