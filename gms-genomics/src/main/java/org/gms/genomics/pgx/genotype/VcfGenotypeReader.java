package org.gms.genomics.pgx.genotype;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.genotype.SampleGenotypes.PositionKey;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * Reads the calls of every sample of a GRCh38 VCF at the positions pharmacogene definitions use, in
 * one pass, keeping nothing else. Handles:
 *
 * <ul>
 *   <li>single- and multi-sample files, phased ({@code |}, with FORMAT PS) or unphased calls;
 *   <li>gVCF reference blocks ({@code <NON_REF>} / {@code <*>} with INFO END): a defined position
 *       inside a block gets the block's call, as the definitions' reference allele;
 *   <li>REF spelled with more or fewer trailing bases than the definition (multi-allelic records, a
 *       SNV at an indel's padding base): alleles are re-spelled on the definition's REF;
 *   <li>several records at one position: a record whose REF equals the definition's wins over a
 *       re-spelled one, which wins over a reference block; among equals a sample's non-reference
 *       call wins (split multi-allelic records).
 * </ul>
 *
 * A position without a record, with a missing ({@code .}) allele, or whose REF disagrees with the
 * definition is missing. Deletions that start before a defined position are not projected onto it.
 */
public final class VcfGenotypeReader {

  private static final int FROM_BLOCK = 1;
  private static final int RESPELLED = 2;
  private static final int EXACT = 3;

  /** REF mismatches reported one by one; the rest are counted. */
  private static final int LISTED_MISMATCHES = 10;

  private final Map<PositionKey, Integer> index = new HashMap<>();
  private final List<DefinedPosition> panel = new ArrayList<>();
  private final Map<String, long[]> sortedByChromosome = new HashMap<>();

  /** A reader for the given positions (duplicates, e.g. shared by two genes, are read once). */
  public VcfGenotypeReader(Collection<DefinedPosition> positions) {
    Map<String, List<Long>> byChromosome = new HashMap<>();
    for (DefinedPosition position : positions) {
      PositionKey key = PositionKey.of(position.chromosome(), position.position());
      if (index.putIfAbsent(key, panel.size()) == null) {
        panel.add(position);
        byChromosome.computeIfAbsent(key.chromosome(), c -> new ArrayList<>()).add(key.position());
      }
    }
    byChromosome.forEach(
        (chromosome, list) ->
            sortedByChromosome.put(
                chromosome, list.stream().mapToLong(Long::longValue).sorted().toArray()));
  }

  /**
   * The samples read from one VCF, and what was odd about it.
   *
   * @param source the file
   * @param samples the samples the filter accepted
   * @param warnings what was odd about the file (positions treated as missing and why)
   * @param sampleNames every sample of the file, accepted or not
   */
  public record VcfGenotypes(
      String source,
      List<SampleGenotypes> samples,
      List<String> warnings,
      List<String> sampleNames) {
    public VcfGenotypes {
      samples = List.copyOf(samples);
      warnings = List.copyOf(warnings);
      sampleNames = List.copyOf(sampleNames);
    }
  }

  /**
   * Reads a VCF (plain, gzip or BGZF). Only samples the filter accepts are kept (none, when it
   * accepts none; the file is then not read past its header).
   *
   * @throws GenomicsException when the file is not a valid VCF, is on another build, or has no
   *     sample columns
   */
  public VcfGenotypes read(Path vcf, Predicate<String> sampleFilter) {
    try (VcfReader reader =
        VcfReader.open(vcf, VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh38))) {
      List<String> names = reader.header().samples();
      List<Integer> columns = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (sampleFilter.test(names.get(i))) {
          columns.add(i);
        }
      }
      if (names.isEmpty()) {
        throw new GenomicsException(vcf + ": the VCF has no sample columns, so no genotypes");
      }
      if (columns.isEmpty()) {
        return new VcfGenotypes(vcf.toString(), List.of(), List.of(), names);
      }
      Pass pass = new Pass(columns.size());
      List<String> warnings = new ArrayList<>();
      for (VcfRecord record : reader) {
        read(record, columns, pass, warnings);
      }
      if (pass.mismatches > LISTED_MISMATCHES) {
        warnings.add(
            (pass.mismatches - LISTED_MISMATCHES)
                + " more positions whose REF does not match the GRCh38 definitions; is the VCF"
                + " on GRCh38?");
      }
      List<SampleGenotypes> samples = new ArrayList<>(columns.size());
      // Keyed by identity of the asked array (arrays do not override equals): one entry per gene.
      java.util.Map<PositionKey[], int[]> slots = new java.util.concurrent.ConcurrentHashMap<>();
      for (int s = 0; s < columns.size(); s++) {
        samples.add(
            new IndexedSampleGenotypes(names.get(columns.get(s)), index, slots, pass.calls[s]));
      }
      return new VcfGenotypes(vcf.toString(), samples, warnings, names);
    }
  }

  /** Mutable state of one read. */
  private final class Pass {
    final PositionGenotype[][] calls;
    final int[] rank = new int[panel.size()];
    int mismatches;

    Pass(int samples) {
      calls = new PositionGenotype[samples][panel.size()];
    }
  }

  private void read(VcfRecord record, List<Integer> columns, Pass pass, List<String> warnings) {
    String chromosome = ContigName.canonical(record.contig());
    long[] sorted = sortedByChromosome.get(chromosome);
    if (sorted == null) {
      return;
    }
    if (record.isReferenceBlock() && record.end() > record.position()) {
      readBlock(record, chromosome, sorted, columns, pass);
      return;
    }
    if (Arrays.binarySearch(sorted, record.position()) < 0) {
      return;
    }
    int slot = index.get(new PositionKey(chromosome, record.position()));
    DefinedPosition defined = panel.get(slot);
    String[] alleles = respell(record, defined.ref());
    if (alleles == null) {
      if (++pass.mismatches <= LISTED_MISMATCHES) {
        warnings.add(
            record.contig()
                + ":"
                + record.position()
                + " (line "
                + record.lineNumber()
                + "): REF "
                + record.ref()
                + " does not match the definition's "
                + defined.ref()
                + "; position treated as missing");
      }
      return;
    }
    // Interned, as the gene definitions are: allele matching then compares references.
    for (int a = 0; a < alleles.length; a++) {
      alleles[a] = alleles[a].intern();
    }
    int rank = record.ref().equals(defined.ref()) ? EXACT : RESPELLED;
    if (rank < pass.rank[slot]) {
      return;
    }
    boolean replaceAll = rank > pass.rank[slot];
    pass.rank[slot] = rank;
    boolean hasPhaseSet = record.formatKeys().contains("PS");
    Map<Object, PositionGenotype> shared = new HashMap<>();
    for (int s = 0; s < columns.size(); s++) {
      int column = columns.get(s);
      PositionGenotype call = call(record, column, alleles, hasPhaseSet, shared);
      PositionGenotype before = pass.calls[s][slot];
      if (replaceAll || before == null || isReference(before, defined) && call != null) {
        pass.calls[s][slot] = call;
      }
    }
  }

  private void readBlock(
      VcfRecord record, String chromosome, long[] sorted, List<Integer> columns, Pass pass) {
    int from = Arrays.binarySearch(sorted, record.position());
    from = from < 0 ? -from - 1 : from;
    long end = record.end();
    for (int i = from; i < sorted.length && sorted[i] <= end; i++) {
      int slot = index.get(new PositionKey(chromosome, sorted[i]));
      if (pass.rank[slot] > FROM_BLOCK) {
        continue;
      }
      pass.rank[slot] = FROM_BLOCK;
      String[] alleles = new String[record.alts().size() + 1];
      alleles[0] = panel.get(slot).ref().intern();
      for (int a = 1; a < alleles.length; a++) {
        alleles[a] = record.alts().get(a - 1).intern();
      }
      Map<Object, PositionGenotype> shared = new HashMap<>();
      for (int s = 0; s < columns.size(); s++) {
        pass.calls[s][slot] = call(record, columns.get(s), alleles, false, shared);
      }
    }
  }

  /** A sample's call as allele strings; equal calls share one object. Null when missing. */
  private static PositionGenotype call(
      VcfRecord record,
      int column,
      String[] alleles,
      boolean hasPhaseSet,
      Map<Object, PositionGenotype> shared) {
    Genotype gt = record.genotype(column);
    if (gt.alleles().size() > 2) {
      return null;
    }
    if (!gt.isCalled()) {
      // A half call such as ./1 shows a variant on one copy: kept, so that it can stop the call.
      int known = gt.alleles().stream().mapToInt(Integer::intValue).max().orElse(-1);
      return gt.alleles().size() == 2 && known > 0
          ? PositionGenotype.halfCalled(alleles[known])
          : null;
    }
    long phaseSet = 0;
    if (hasPhaseSet && gt.phased()) {
      OptionalLong ps = record.phaseSet(column);
      phaseSet = ps.orElse(0);
    }
    boolean phased = gt.phased() || gt.alleles().size() == 1;
    Object key = List.of(gt.alleles(), phased, phaseSet);
    PositionGenotype known = shared.get(key);
    if (known != null) {
      return known;
    }
    List<String> called = new ArrayList<>(2);
    for (int allele : gt.alleles()) {
      called.add(alleles[allele]);
    }
    PositionGenotype genotype = new PositionGenotype(called, phased, phaseSet);
    shared.put(key, genotype);
    return genotype;
  }

  private static boolean isReference(PositionGenotype call, DefinedPosition defined) {
    return call.alleles().stream().allMatch(defined.ref()::equals);
  }

  /**
   * The record's alleles (REF first) spelled on the definition's REF: a VCF REF that extends the
   * definition's by trailing bases has them removed from every allele; a shorter one has the
   * definition's extra bases appended. Null when the two REFs disagree.
   */
  static String[] respell(VcfRecord record, String definedRef) {
    String ref = record.ref();
    List<String> alts = record.alts();
    String[] alleles = new String[alts.size() + 1];
    if (ref.equals(definedRef)) {
      alleles[0] = ref;
      for (int i = 0; i < alts.size(); i++) {
        alleles[i + 1] = alts.get(i);
      }
      return alleles;
    }
    if (ref.length() > definedRef.length() && ref.startsWith(definedRef)) {
      String extra = ref.substring(definedRef.length());
      alleles[0] = definedRef;
      for (int i = 0; i < alts.size(); i++) {
        String alt = alts.get(i);
        alleles[i + 1] =
            alt.length() > extra.length() && alt.endsWith(extra)
                ? alt.substring(0, alt.length() - extra.length())
                : alt;
      }
      return alleles;
    }
    if (definedRef.length() > ref.length() && definedRef.startsWith(ref)) {
      String extra = definedRef.substring(ref.length());
      alleles[0] = definedRef;
      for (int i = 0; i < alts.size(); i++) {
        String alt = alts.get(i);
        alleles[i + 1] = alt.startsWith("<") || alt.equals("*") ? alt : alt + extra;
      }
      return alleles;
    }
    return null;
  }
}
