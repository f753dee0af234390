package org.gms.server.research.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.GmsException;
import org.gms.server.directory.GeneLocations;
import org.springframework.stereotype.Component;

/**
 * Reads the g_variants request parameters (Beacon coordinates: 0-based start, exclusive end) into a
 * {@link VariantQuery} in the store's terms (1-based, normalised), rejecting what the store cannot
 * answer before any patient data is read.
 */
@Component
class VariantQueryParser {

  /** The widest range one query may cover, so no query reads a whole chromosome. */
  private static final long MAX_RANGE = 50_000_000L;

  private final GeneLocations genes;
  private final VcfGenotypes normalising;

  VariantQueryParser(GeneLocations genes, VcfGenotypes normalising) {
    this.genes = genes;
    this.normalising = normalising;
  }

  /** A parsed position, range, sequence or gene query. */
  VariantQuery parse(
      String assemblyId,
      String referenceName,
      Long start,
      Long end,
      String referenceBases,
      String alternateBases,
      String geneId) {
    GenomeBuild build = build(assemblyId);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("assemblyId", build.name());
    if (geneId != null && !geneId.isBlank()) {
      return gene(build, geneId, parameters);
    }
    if (referenceName == null || referenceName.isBlank() || start == null) {
      throw new GmsException(
          "A g_variants query needs referenceName and start (0-based), with end for a range or"
              + " referenceBases and alternateBases for one variant, or geneId.");
    }
    if (start < 0 || (end != null && end <= start)) {
      throw new GmsException(
          "start is 0-based and end (exclusive) is after it; got start "
              + start
              + (end == null ? "" : " and end " + end)
              + ".");
    }
    parameters.put("referenceName", referenceName.strip());
    parameters.put("start", List.of(start));
    if (end != null) {
      parameters.put("end", List.of(end));
    }
    String contig = ContigName.canonical(referenceName.strip());
    if (alternateBases != null && !alternateBases.isBlank()) {
      return sequence(build, contig, start, referenceBases, alternateBases, parameters);
    }
    long to = end == null ? start + 1 : end;
    if (to - start > MAX_RANGE) {
      throw new GmsException(
          "A range query covers at most 50,000,000 bases; ask for smaller ranges.");
    }
    return new VariantQuery(build, contig, start + 1, to, null, null, parameters);
  }

  private VariantQuery gene(GenomeBuild build, String geneId, Map<String, Object> parameters) {
    GeneLocations.GeneLocation gene =
        genes
            .locate(geneId.strip())
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "geneId '"
                            + geneId
                            + "' is not an HGNC symbol placed on GRCh38 (e.g. BRCA1)."));
    parameters.put("geneId", gene.symbol());
    return new VariantQuery(
        build, gene.contig(), gene.start(), gene.end(), null, gene.symbol(), parameters);
  }

  /** One variant, normalised as the store keys it, so any equivalent spelling matches. */
  private VariantQuery sequence(
      GenomeBuild build,
      String contig,
      long start,
      String referenceBases,
      String alternateBases,
      Map<String, Object> parameters) {
    String ref = referenceBases == null ? "" : referenceBases.strip();
    String alt = alternateBases.strip();
    parameters.put("referenceBases", ref);
    parameters.put("alternateBases", alt);
    VariantKey key;
    try {
      key = normalising.key(build, contig, start + 1, ref, alt);
    } catch (IllegalArgumentException e) {
      throw new GmsException("The variant is not a sequence variant: " + e.getMessage());
    }
    long last = key.position() + Math.max(key.ref().length(), 1) - 1;
    return new VariantQuery(build, contig, key.position(), last, key, null, parameters);
  }

  private static GenomeBuild build(String assemblyId) {
    if (assemblyId == null || assemblyId.isBlank()) {
      return GenomeBuild.GRCh38;
    }
    return switch (assemblyId.strip().toUpperCase(Locale.ROOT)) {
      case "GRCH38", "HG38" -> GenomeBuild.GRCh38;
      case "GRCH37", "HG19" -> GenomeBuild.GRCh37;
      default ->
          throw new GmsException(
              "assemblyId '" + assemblyId + "' is not GRCh38 (or GRCh37, which holds no data).");
    };
  }
}
