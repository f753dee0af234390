package org.gms.genomics.cancer.knowledge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * Recurrently mutated residues of cancerhotspots.org (Chang et al., Nat Biotechnol 2016; Cancer
 * Discov 2018), read at run time from the user's copy of {@code v2_multi_type_residue.txt}: the
 * data are distributed under AGPL-3.0 and are not bundled.
 */
public final class Hotspots {

  /** A hotspot residue: samples with any change at it and with each alternate amino acid. */
  public record Residue(String gene, int position, int samples, Map<String, Integer> byAminoAcid) {
    public int samplesWith(String aminoAcid) {
      return byAminoAcid.getOrDefault(aminoAcid, 0);
    }
  }

  private final Map<String, Residue> residues;
  private final String file;

  private Hotspots(Map<String, Residue> residues, String file) {
    this.residues = Map.copyOf(residues);
    this.file = file;
  }

  public static Hotspots none() {
    return new Hotspots(Map.of(), "");
  }

  public boolean loaded() {
    return !file.isEmpty();
  }

  public static Hotspots read(Path path) {
    Map<String, Residue> residues = new HashMap<>();
    TabularFile.read(
        path,
        f ->
            f.require(
                "cancerhotspots residue file (v2_multi_type_residue.txt)",
                "Hugo_Symbol",
                "Amino_Acid_Position",
                "Variant_Amino_Acid",
                "Tumor_Count"),
        (f, row) -> {
          String pos = row.get("Amino_Acid_Position");
          if (!pos.matches("\\d+")) {
            return; // indel hotspots (ranges) are not used
          }
          Map<String, Integer> byAa = new HashMap<>();
          for (String part : row.get("Variant_Amino_Acid").split("\\|")) {
            String[] kv = part.split(":");
            if (kv.length == 2) {
              try {
                byAa.merge(kv[0], Integer.parseInt(kv[1].trim()), Integer::sum);
              } catch (NumberFormatException e) {
                throw row.error("Variant_Amino_Acid", "'" + part + "' is not AMINO_ACID:COUNT");
              }
            }
          }
          Residue r =
              new Residue(
                  row.get("Hugo_Symbol"),
                  Integer.parseInt(pos),
                  (int) row.number("Tumor_Count", 0),
                  byAa);
          residues.merge(
              r.gene() + ":" + r.position(), r, (a, b) -> a.samples() >= b.samples() ? a : b);
        });
    if (residues.isEmpty()) {
      throw new GenomicsException(path + ": no hotspot residues read");
    }
    return new Hotspots(residues, path.getFileName().toString());
  }

  public Optional<Residue> residue(String gene, int position) {
    return Optional.ofNullable(residues.get(gene + ":" + position));
  }

  public KnowledgeSource source() {
    return new KnowledgeSource(
        "cancerhotspots.org (user-supplied " + file + ")", "v2", "AGPL-3.0 (not bundled)");
  }
}
