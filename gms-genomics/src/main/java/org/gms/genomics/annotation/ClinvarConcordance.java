package org.gms.genomics.annotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.SequenceVariant;

/**
 * How often this engine's consequence agrees with ClinVar's molecular consequence (INFO {@code MC})
 * for one gene's ClinVar records. ClinVar's MC lists the consequences on all of NCBI's RefSeq
 * transcripts of the gene, so two figures are measured:
 *
 * <ul>
 *   <li><b>MANE</b>: the most severe term on the MANE Select transcript is among ClinVar's terms
 *       (the MANE RefSeq transcript is one of those ClinVar used);
 *   <li><b>most severe</b>: the most severe term over all annotated transcripts of the gene equals
 *       ClinVar's most severe term.
 * </ul>
 *
 * Terms ClinVar never reports (splice region, NMD, upstream/downstream) are set aside before
 * comparing; ClinVar's names map to SO terms as in {@link #clinvarTerm}, and its {@code
 * inframe_indel} matches an in-frame insertion or deletion.
 */
public final class ClinvarConcordance {

  private static final String INFRAME_INDEL = "SO:0001820";

  /** Why a MANE term is not among ClinVar's, as far as the check can tell by itself. */
  public enum Cause {
    /**
     * The indel lies in a repeat that reaches across an exon/intron edge: ClinVar's term is the one
     * of its other, right-aligned (HGVS g.) placement; ours follows the VCF's left-aligned one.
     */
    PLACEMENT,
    /**
     * A duplication, which ClinVar judges by the duplicated bases and VEP (and this engine) by the
     * point where the copy is inserted.
     */
    DUPLICATED_BASES,
    /**
     * A frameshift whose first changed amino acid is a stop, p.(Xaa12Ter): stop_gained here;
     * ClinVar calls most of these nonsense, some only frameshift.
     */
    IMMEDIATE_STOP,
    /** ClinVar lists no coding or UTR term at all, though the allele is exonic on MANE. */
    CLINVAR_LACKS_CODING_TERM,
    /** None of the above. */
    OTHER
  }

  /** One ClinVar record of the gene: the VCF columns and INFO fields the check needs. */
  public record ClinvarRecord(
      String chrom,
      long pos,
      String id,
      String ref,
      String alt,
      String variantType,
      Set<Consequence> mc) {

    public ClinvarRecord {
      mc = mc.isEmpty() ? Set.of() : EnumSet.copyOf(mc);
    }

    public String describe() {
      return chrom
          + ":"
          + pos
          + " "
          + ref
          + ">"
          + alt
          + " (ClinVar "
          + id
          + ", "
          + variantType
          + ")";
    }
  }

  /** One record whose consequences differ, with both sides. */
  public record Disagreement(
      ClinvarRecord record,
      Consequence clinvar,
      Consequence ours,
      TranscriptAnnotation mane,
      Cause cause) {}

  /**
   * The figures.
   *
   * @param records ClinVar records of the gene read
   * @param compared records with an MC field and sequence alleles (what the figures count)
   * @param maneCompared compared records that lie in the MANE transcript (or 5 kb around it)
   * @param maneAgree of those, how many have the MANE term among ClinVar's terms
   * @param mostSevereAgree compared records whose most severe terms are equal
   * @param disagreements every MANE disagreement, grouped by cause and (ClinVar term -> our term)
   * @param mostSevereDisagreements how often each (ClinVar -> ours) most-severe pair disagrees
   */
  public record Report(
      int records,
      int compared,
      int maneCompared,
      int maneAgree,
      int mostSevereAgree,
      Map<String, List<Disagreement>> disagreements,
      Map<String, Integer> mostSevereDisagreements) {

    public double maneConcordance() {
      return maneCompared == 0 ? 0 : (double) maneAgree / maneCompared;
    }

    public double mostSevereConcordance() {
      return compared == 0 ? 0 : (double) mostSevereAgree / compared;
    }

    /** A plain-text summary with up to {@code examples} records per disagreement group. */
    public String format(int examples) {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format("ClinVar records read: %d, compared (with MC): %d%n", records, compared));
      out.append(
          String.format(
              "MANE transcript term in ClinVar MC: %d / %d = %.2f%%%n",
              maneAgree, maneCompared, 100 * maneConcordance()));
      out.append(
          String.format(
              "Most severe term equal (all transcripts): %d / %d = %.2f%%%n",
              mostSevereAgree, compared, 100 * mostSevereConcordance()));
      out.append("Most severe disagreements (ClinVar -> ours over all transcripts):\n");
      mostSevereDisagreements.forEach(
          (pair, n) -> out.append(String.format("  %5d  %s%n", n, pair)));
      out.append("MANE disagreements (cause: ClinVar most severe -> ours):\n");
      disagreements.forEach(
          (group, list) -> {
            out.append(String.format("  %5d  %s%n", list.size(), group));
            list.stream()
                .limit(examples)
                .forEach(
                    d ->
                        out.append("         ")
                            .append(d.record().describe())
                            .append(" MC=")
                            .append(d.record().mc())
                            .append(" ours=")
                            .append(d.mane().consequences())
                            .append(' ')
                            .append(d.mane().hgvsc())
                            .append(' ')
                            .append(d.mane().hgvsp())
                            .append('\n'));
          });
      return out.toString();
    }
  }

  /** Reads the records whose GENEINFO names the gene (all records for null). Not a VCF reader. */
  public static List<ClinvarRecord> read(Path clinvarVcf, String gene) {
    List<ClinvarRecord> records = new ArrayList<>();
    try (BufferedReader in = ClinvarVcf.open(clinvarVcf)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] c = line.split("\t", 9);
        if (c.length < 8) {
          throw new GenomicsException(clinvarVcf + ": not a VCF data line: " + line);
        }
        String geneInfo = ClinvarVcf.info(c[7], "GENEINFO");
        if (gene != null && (geneInfo == null || !names(geneInfo, gene))) {
          continue;
        }
        Set<Consequence> mc = EnumSet.noneOf(Consequence.class);
        String mcField = ClinvarVcf.info(c[7], "MC");
        if (mcField != null) {
          for (String entry : mcField.split(",")) {
            String soId = entry.substring(0, entry.indexOf('|'));
            if (soId.equals(INFRAME_INDEL)) {
              mc.add(Consequence.INFRAME_DELETION);
              mc.add(Consequence.INFRAME_INSERTION);
            }
            Consequence term = clinvarTerm(soId);
            if (term != null) {
              mc.add(term);
            }
          }
        }
        records.add(
            new ClinvarRecord(
                c[0], Long.parseLong(c[1]), c[2], c[3], c[4], ClinvarVcf.info(c[7], "CLNVC"), mc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + clinvarVcf, e);
    }
    return records;
  }

  /**
   * Annotates every record and compares; {@code maneTranscript} is the MANE accession base. The
   * genome is used to try other placements of disagreeing indels.
   */
  public static Report measure(
      Annotator annotator,
      ReferenceGenome genome,
      List<ClinvarRecord> records,
      String gene,
      String maneTranscript) {
    int compared = 0;
    int maneCompared = 0;
    int maneAgree = 0;
    int mostSevereAgree = 0;
    Map<String, List<Disagreement>> disagreements = new TreeMap<>();
    Map<String, Integer> mostSevereDisagreements = new TreeMap<>();
    for (ClinvarRecord record : records) {
      if (record.mc().isEmpty()) {
        continue;
      }
      SequenceVariant variant;
      try {
        variant = SequenceVariant.of(record.chrom(), record.pos(), record.ref(), record.alt());
      } catch (IllegalArgumentException e) {
        continue; // no sequence ALT: not comparable
      }
      compared++;
      VariantAnnotation annotation = annotator.annotate(variant, record.id());
      Consequence oursMostSevere = null;
      for (TranscriptAnnotation a : annotation.annotations()) {
        Consequence term = gene.equals(a.gene()) ? comparable(a) : null;
        if (term != null && (oursMostSevere == null || rank(term) < rank(oursMostSevere))) {
          oursMostSevere = term;
        }
      }
      Consequence clinvarMostSevere = record.mc().iterator().next();
      if (oursMostSevere != null && rank(oursMostSevere) == rank(clinvarMostSevere)) {
        mostSevereAgree++;
      } else {
        mostSevereDisagreements.merge(clinvarMostSevere + " -> " + oursMostSevere, 1, Integer::sum);
      }
      TranscriptAnnotation mane = maneAnnotation(annotation, maneTranscript);
      Consequence maneTerm = mane == null ? null : comparable(mane);
      if (maneTerm == null) {
        continue;
      }
      maneCompared++;
      if (record.mc().contains(maneTerm)) {
        maneAgree++;
        continue;
      }
      Cause cause = cause(annotator, genome, variant, record, maneTranscript, maneTerm);
      disagreements
          .computeIfAbsent(
              cause + ": " + clinvarMostSevere + " -> " + maneTerm, k -> new ArrayList<>())
          .add(new Disagreement(record, clinvarMostSevere, maneTerm, mane, cause));
    }
    return new Report(
        records.size(),
        compared,
        maneCompared,
        maneAgree,
        mostSevereAgree,
        new LinkedHashMap<>(disagreements),
        new LinkedHashMap<>(mostSevereDisagreements));
  }

  private static Cause cause(
      Annotator annotator,
      ReferenceGenome genome,
      SequenceVariant variant,
      ClinvarRecord record,
      String maneTranscript,
      Consequence maneTerm) {
    Allele allele = Allele.of(variant);
    boolean indel = allele.isInsertion() || allele.isDeletion();
    if (indel && genome != null) {
      SequenceVariant right = rightAligned(genome, allele, variant.contig());
      if (right != null && agrees(annotator, right, record, maneTranscript)) {
        return Cause.PLACEMENT;
      }
      if (allele.isInsertion()) {
        List<SequenceVariant> copies =
            new ArrayList<>(duplicatedBases(genome, allele, variant.contig()));
        if (right != null) {
          copies.addAll(duplicatedBases(genome, Allele.of(right), variant.contig()));
        }
        for (SequenceVariant copied : copies) {
          if (agrees(annotator, copied, record, maneTranscript)) {
            return Cause.DUPLICATED_BASES;
          }
        }
      }
    }
    if (maneTerm == Consequence.STOP_GAINED
        && record.mc().contains(Consequence.FRAMESHIFT_VARIANT)) {
      return Cause.IMMEDIATE_STOP;
    }
    boolean clinvarCoding =
        record.mc().stream()
            .anyMatch(
                c ->
                    c != Consequence.INTRON_VARIANT
                        && c != Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT
                        && c != Consequence.UPSTREAM_GENE_VARIANT
                        && c != Consequence.DOWNSTREAM_GENE_VARIANT);
    boolean oursExonic = maneTerm != Consequence.INTRON_VARIANT;
    return !clinvarCoding && oursExonic ? Cause.CLINVAR_LACKS_CODING_TERM : Cause.OTHER;
  }

  private static boolean agrees(
      Annotator annotator, SequenceVariant variant, ClinvarRecord record, String maneTranscript) {
    TranscriptAnnotation mane = maneAnnotation(annotator.annotate(variant), maneTranscript);
    Consequence term = mane == null ? null : comparable(mane);
    return term != null && record.mc().contains(term);
  }

  /** The same indel moved as far right (genomic 3') as its sequence allows, VCF-padded. */
  private static SequenceVariant rightAligned(
      ReferenceGenome genome, Allele allele, String contig) {
    String moving = allele.isInsertion() ? allele.alt() : allele.ref();
    long first = allele.start(); // first deleted base, or base after the insertion point
    StringBuilder bases = new StringBuilder(moving);
    for (int step = 0; step < 10_000; step++) {
      long next = allele.isInsertion() ? first : first + moving.length();
      String base = genome.bases(contig, next, next).orElse(null);
      if (base == null || base.charAt(0) != bases.charAt(0)) {
        break;
      }
      bases.deleteCharAt(0).append(base);
      first++;
    }
    if (first == allele.start()) {
      return null;
    }
    String pad = genome.bases(contig, first - 1, first - 1).orElse(null);
    if (pad == null) {
      return null;
    }
    return allele.isInsertion()
        ? SequenceVariant.of(contig, first - 1, pad, pad + bases)
        : SequenceVariant.of(contig, first - 1, pad + bases, pad);
  }

  /**
   * For an insertion that copies the bases beside it, the deletion of those copied bases (left and
   * right of the insertion point): a stand-in for "what the duplicated bases overlap".
   */
  private static List<SequenceVariant> duplicatedBases(
      ReferenceGenome genome, Allele allele, String contig) {
    List<SequenceVariant> stand = new ArrayList<>(2);
    int n = allele.alt().length();
    long before = allele.start() - 1;
    genome
        .bases(contig, before - n, before)
        .filter(b -> b.substring(1).equals(allele.alt()))
        .ifPresent(b -> stand.add(SequenceVariant.of(contig, before - n, b, b.substring(0, 1))));
    genome
        .bases(contig, before, before + n)
        .filter(b -> b.substring(1).equals(allele.alt()))
        .ifPresent(b -> stand.add(SequenceVariant.of(contig, before, b, b.substring(0, 1))));
    return stand;
  }

  private static TranscriptAnnotation maneAnnotation(
      VariantAnnotation annotation, String maneTranscript) {
    for (TranscriptAnnotation a : annotation.annotations()) {
      String id = a.transcript();
      if (id != null && (id.equals(maneTranscript) || id.startsWith(maneTranscript + "."))) {
        return a;
      }
    }
    return null;
  }

  /** Severity rank with ClinVar's undivided "inframe_indel" in mind. */
  private static int rank(Consequence term) {
    return term == Consequence.INFRAME_INSERTION
        ? Consequence.INFRAME_DELETION.ordinal()
        : term.ordinal();
  }

  /**
   * ClinVar's MC name for an SO id as the term this engine uses: {@code nonsense} is stop_gained,
   * {@code initiator_codon_variant} start_lost, {@code non-coding_transcript_variant} a non-coding
   * exon variant, {@code genic_upstream_transcript_variant} upstream.
   */
  static Consequence clinvarTerm(String soId) {
    return switch (soId) {
      case "SO:0001587" -> Consequence.STOP_GAINED;
      case "SO:0001582" -> Consequence.START_LOST;
      case "SO:0001619" -> Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT;
      case "SO:0002153", "SO:0001986" -> Consequence.UPSTREAM_GENE_VARIANT;
      case "SO:0001987", "SO:0002152" -> Consequence.DOWNSTREAM_GENE_VARIANT;
      default -> bySoId(soId);
    };
  }

  /** Our most severe term in ClinVar's vocabulary, or null when none of ours is in it. */
  private static Consequence comparable(TranscriptAnnotation annotation) {
    for (Consequence term : annotation.consequences()) {
      Consequence mapped =
          switch (term) {
            case SPLICE_REGION_VARIANT,
                NMD_TRANSCRIPT_VARIANT,
                CODING_SEQUENCE_VARIANT,
                UPSTREAM_GENE_VARIANT,
                DOWNSTREAM_GENE_VARIANT,
                INTERGENIC_VARIANT ->
                null;
            case INFRAME_INSERTION -> Consequence.INFRAME_INSERTION;
            case START_RETAINED_VARIANT, STOP_RETAINED_VARIANT -> Consequence.SYNONYMOUS_VARIANT;
            case NON_CODING_TRANSCRIPT_VARIANT -> Consequence.NON_CODING_TRANSCRIPT_EXON_VARIANT;
            default -> term;
          };
      if (mapped != null) {
        return mapped;
      }
    }
    return null;
  }

  private static Consequence bySoId(String soId) {
    for (Consequence term : Consequence.values()) {
      if (term.soId().equals(soId)) {
        return term;
      }
    }
    return null;
  }

  private static boolean names(String geneInfo, String gene) {
    for (String entry : geneInfo.split("\\|")) {
      if (entry.startsWith(gene + ":")) {
        return true;
      }
    }
    return false;
  }
}
