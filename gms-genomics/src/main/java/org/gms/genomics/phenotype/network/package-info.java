/**
 * The human protein interaction network and random walk with restart on it, which spreads the
 * phenotype evidence of genes with matching diseases to their interaction neighbours ({@link
 * org.gms.genomics.phenotype.network.InteractionNetwork}).
 */
package org.gms.genomics.phenotype.network;
