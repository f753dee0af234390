/**
 * GA4GH phenopackets as published case records: reading their phenotypic features, diagnosis and
 * causative variants, and the consequence class each variant's recorded HGVS implies.
 */
package org.gms.genomics.phenotype.phenopacket;
