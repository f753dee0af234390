package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.NamedAllele;
import org.gms.genomics.pgx.genotype.PositionGenotype;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.genotype.SampleGenotypes.PositionKey;

/**
 * A gene's definitions turned into bit masks for fast matching: at each position, each allele
 * accepts a set of the position's known alleles (REF and ALTs), one bit each. An allele that does
 * not constrain a position accepts what the reference allele accepts; an IUPAC code accepts each
 * base it stands for.
 */
final class CompiledGene {

  final GeneDefinition definition;
  final int positionCount;
  final int alleleCount;
  final String[][] known;

  /** {@code masks[allele][position]}: the known alleles the named allele accepts there. */
  final int[][] masks;

  final boolean[][] defined;
  final int[] definedCount;

  /** Per allele, the positions where it accepts something else than the reference allele. */
  final int[][] specific;

  /**
   * Per allele, its wobble positions: where its definition gives an IUPAC code that accepts more
   * than one known allele (CYP2B6 {@code *18}: {@code R} at chr19:41009358).
   */
  final int[][] wobbles;

  final boolean[] required;

  /**
   * Whether an allele no definition uses at a defined position is read as the reference allele
   * (with a note) instead of stopping the call.
   */
  final boolean undocumentedAsReference;

  private final PositionKey[] keys;

  CompiledGene(GeneDefinition definition) {
    this(definition, false);
  }

  CompiledGene(GeneDefinition definition, boolean undocumentedAsReference) {
    this.definition = definition;
    this.undocumentedAsReference = undocumentedAsReference;
    List<DefinedPosition> positions = definition.positions();
    List<NamedAllele> alleles = definition.alleles();
    positionCount = positions.size();
    alleleCount = alleles.size();
    known = new String[positionCount][];
    required = new boolean[positionCount];
    keys = new PositionKey[positionCount];
    for (int p = 0; p < positionCount; p++) {
      keys[p] = PositionKey.of(positions.get(p).chromosome(), positions.get(p).position());
      // Interned, as the VCF reader interns what it reads: matching then mostly compares
      // references.
      known[p] =
          positions.get(p).knownAlleles().stream().map(String::intern).toArray(String[]::new);
      required[p] =
          definition.exemption().requiredPositions().contains(positions.get(p).position());
    }
    masks = new int[alleleCount][positionCount];
    defined = new boolean[alleleCount][positionCount];
    for (int a = 0; a < alleleCount; a++) {
      NamedAllele allele = alleles.get(a);
      for (int p = 0; p < positionCount; p++) {
        String base = allele.bases().get(p);
        defined[a][p] = base != null;
        masks[a][p] = base == null ? masks[0][p] : mask(base, p, allele);
      }
    }
    definedCount = new int[alleleCount];
    for (int a = 0; a < alleleCount; a++) {
      for (int p = 0; p < positionCount; p++) {
        definedCount[a] += defined[a][p] ? 1 : 0;
      }
    }
    specific = new int[alleleCount][];
    for (int a = 0; a < alleleCount; a++) {
      List<Integer> differing = new ArrayList<>();
      for (int p = 0; p < positionCount; p++) {
        if (masks[a][p] != masks[0][p]) {
          differing.add(p);
        }
      }
      specific[a] = differing.stream().mapToInt(Integer::intValue).toArray();
    }
    wobbles = new int[alleleCount][];
    for (int a = 0; a < alleleCount; a++) {
      List<Integer> ambiguous = new ArrayList<>();
      for (int p = 0; p < positionCount; p++) {
        if (defined[a][p] && Integer.bitCount(masks[a][p]) > 1) {
          ambiguous.add(p);
        }
      }
      wobbles[a] = ambiguous.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  String gene() {
    return definition.gene();
  }

  /** The index of the allele reported under this name, or -1. */
  int indexOf(String name) {
    for (int a = 0; a < alleleCount; a++) {
      if (name(a).equals(name)) {
        return a;
      }
    }
    return -1;
  }

  String name(int allele) {
    return definition.reportedName(definition.alleles().get(allele).name());
  }

  private int mask(String base, int position, NamedAllele allele) {
    int bits = 0;
    for (int k = 0; k < known[position].length; k++) {
      if (known[position][k].equals(base)) {
        bits |= 1 << k;
      }
    }
    if (bits == 0 && base.length() == 1) {
      String expansion = iupac(base.charAt(0));
      for (int k = 0; k < known[position].length; k++) {
        String candidate = known[position][k];
        if (candidate.length() == 1 && expansion.indexOf(candidate.charAt(0)) >= 0) {
          bits |= 1 << k;
        }
      }
    }
    if (bits == 0) {
      throw new GenomicsException(
          definition.gene()
              + " allele "
              + allele.name()
              + " uses '"
              + base
              + "' at "
              + definition.positions().get(position).label()
              + ", which is neither REF nor an ALT of that position");
    }
    return bits;
  }

  private static String iupac(char code) {
    return switch (code) {
      case 'R' -> "AG";
      case 'Y' -> "CT";
      case 'S' -> "CG";
      case 'W' -> "AT";
      case 'K' -> "GT";
      case 'M' -> "AC";
      case 'B' -> "CGT";
      case 'D' -> "AGT";
      case 'H' -> "ACT";
      case 'V' -> "ACG";
      case 'N' -> "ACGT";
      default -> "";
    };
  }

  /** The sample's calls at this gene's positions, coded as known-allele indexes. */
  SampleView view(SampleGenotypes sample) {
    SampleView view = new SampleView(positionCount);
    List<DefinedPosition> positions = definition.positions();
    PositionGenotype[] calls = sample.at(keys);
    for (int p = 0; p < positionCount; p++) {
      PositionGenotype call = calls[p];
      if (call != null && call.halfCalled()) {
        view.halfCalled.add(positions.get(p));
      }
      if (call == null || call.halfCalled()) {
        DefinedPosition position = positions.get(p);
        view.missing[p] = true;
        view.missingPositions.add(position);
        view.missingIndexes[view.missingCount++] = p;
        continue;
      }
      DefinedPosition position = positions.get(p);
      PositionGenotype genotype = call;
      int first = indexOf(p, genotype.first());
      int second = indexOf(p, genotype.second());
      if (first < 0 || second < 0) {
        if (undocumentedAsReference) {
          view.readAsReference.add(position);
          first = Math.max(first, 0);
          second = Math.max(second, 0);
        } else {
          view.undocumented.add(position);
        }
      }
      view.first[p] = first;
      view.second[p] = second;
      view.available++;
      if (!genotype.haploid()) {
        view.allHaploid = false;
        if (first != second) {
          view.heterozygous++;
          view.heterozygousAt[p] = true;
          view.phaseSet[p] = genotype.phaseSet();
          if (!genotype.phased()) {
            view.unphasedHeterozygous = true;
          } else {
            view.phaseSets.add(genotype.phaseSet());
          }
        }
      }
    }
    return view;
  }

  private int indexOf(int position, String allele) {
    String[] candidates = known[position];
    for (int k = 0; k < candidates.length; k++) {
      if (candidates[k].equals(allele)) {
        return k;
      }
    }
    return -1;
  }

  /** Positions where the reference pattern does not accept the given strand's allele. */
  int[] deviations(SampleView view, int[] strand) {
    int[] out = new int[positionCount];
    int n = 0;
    for (int p = 0; p < positionCount; p++) {
      if (!view.missing[p] && (masks[0][p] & (1 << strand[p])) == 0) {
        out[n++] = p;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The allele's score: how many available positions its definition gives a base for. */
  int score(int allele, SampleView view) {
    int score = definedCount[allele];
    boolean[] given = defined[allele];
    for (int m = 0; m < view.missingCount; m++) {
      score -= given[view.missingIndexes[m]] ? 1 : 0;
    }
    return score;
  }

  /**
   * The allele's score on one strand: {@link #score}, less its wobble positions where the strand
   * has the reference allele (a wobble filled with the reference base explains no variant, so it
   * does not count for the allele; the reference tool scores wobbles the same way).
   */
  int score(int allele, SampleView view, int[] strand) {
    int score = score(allele, view);
    for (int p : wobbles[allele]) {
      if (!view.missing[p] && strand[p] == 0) {
        score--;
      }
    }
    return score;
  }

  /**
   * The gene called for the sample: its diplotypes, with the sample's missing positions and the
   * alleles they leave uncallable, and the notes on how the call was made.
   */
  GeneCall called(SampleView view, boolean phased, List<Diplotype> diplotypes, List<String> notes) {
    return new GeneCall(
        gene(),
        CallStatus.CALLED,
        null,
        phased,
        diplotypes,
        view.missingPositions,
        List.of(),
        uncallable(view),
        notes);
  }

  /** Non-reference alleles all of whose distinguishing positions are missing. */
  List<String> uncallable(SampleView view) {
    List<String> names = new ArrayList<>();
    for (int a = 1; a < alleleCount; a++) {
      boolean seen = false;
      for (int p : specific[a]) {
        seen |= !view.missing[p];
      }
      if (specific[a].length > 0 && !seen && !names.contains(name(a))) {
        names.add(name(a));
      }
    }
    return names;
  }
}
