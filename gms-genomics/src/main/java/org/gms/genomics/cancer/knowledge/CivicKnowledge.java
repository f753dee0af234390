package org.gms.genomics.cancer.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.Chromosomes;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.ProteinChanges;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TabularFile;
import org.gms.genomics.cancer.input.VariantClass;

/**
 * A CIViC release: accepted evidence attached to single-variant molecular profiles (profiles that
 * combine variants, e.g. {@code EGFR L858R AND EGFR T790M}, are not matched), indexed by gene.
 */
public final class CivicKnowledge {

  public static final String BUNDLED_RELEASE = "01-Aug-2024";
  private static final String BASE = "/org/gms/genomics/cancer/civic/";
  private static final Pattern CODON = Pattern.compile("^([A-Z])(\\d+)$");
  private static final Pattern EXON =
      Pattern.compile("(?i)^exon (\\d+) (mutation|deletion|insertion|frameshift)s?$");

  private final String release;
  private final Map<String, List<Entry>> byGene = new HashMap<>();
  private final Map<String, List<Entry>> byPosition = new HashMap<>();
  private final List<CivicEvidence> allEvidence;

  private record Entry(CivicVariant variant, List<CivicEvidence> evidence) {}

  private CivicKnowledge(
      String release,
      List<CivicVariant> variants,
      Map<Integer, List<CivicEvidence>> byVariant,
      List<CivicEvidence> all) {
    this.release = release;
    this.allEvidence = List.copyOf(all);
    for (CivicVariant v : variants) {
      List<CivicEvidence> ev = byVariant.getOrDefault(v.id(), List.of());
      if (ev.isEmpty()) {
        continue;
      }
      Entry e = new Entry(v, ev);
      byGene.computeIfAbsent(v.gene(), k -> new ArrayList<>()).add(e);
      if (v.name().contains("::")) {
        String[] partners = v.name().split(" ")[0].split("::");
        for (String p : partners) {
          if (!p.equals(v.gene())) {
            byGene.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
          }
        }
      }
      if (!v.chromosome().isEmpty() && v.start() > 0 && !v.alt().isEmpty()) {
        byPosition.computeIfAbsent(key(v.chromosome(), v.start()), k -> new ArrayList<>()).add(e);
      }
    }
  }

  private static String key(String chromosome, long position) {
    return Chromosomes.plain(chromosome) + ":" + position;
  }

  public String release() {
    return release;
  }

  public KnowledgeSource source() {
    return new KnowledgeSource("CIViC", release, "CC0 1.0");
  }

  /** Every accepted evidence item of the release. */
  public List<CivicEvidence> evidence() {
    return allEvidence;
  }

  private static volatile CivicKnowledge bundled;

  /** The bundled release ({@value #BUNDLED_RELEASE}). */
  public static CivicKnowledge bundled() {
    CivicKnowledge k = bundled;
    if (k == null) {
      synchronized (CivicKnowledge.class) {
        if (bundled == null) {
          bundled =
              load(
                  BUNDLED_RELEASE,
                  name ->
                      TabularFile.resource(
                          CivicKnowledge.class, BASE + BUNDLED_RELEASE + "-" + name + ".tsv.gz"));
        }
        k = bundled;
      }
    }
    return k;
  }

  /**
   * A release downloaded from CIViC: a folder with {@code <date>-ClinicalEvidenceSummaries.tsv}
   * etc.
   */
  public static CivicKnowledge read(Path folder) {
    try (var files = Files.list(folder)) {
      Path evidence =
          files
              .filter(p -> p.getFileName().toString().contains("ClinicalEvidenceSummaries"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new GenomicsException(
                          folder
                              + ": no *-ClinicalEvidenceSummaries.tsv: not a CIViC release folder"));
      String name = evidence.getFileName().toString();
      String release = name.substring(0, name.indexOf("-ClinicalEvidenceSummaries"));
      return load(
          release,
          part -> {
            Path p = folder.resolve(release + "-" + part + ".tsv");
            if (!Files.exists(p)) {
              p = folder.resolve(release + "-" + part + ".tsv.gz");
            }
            try {
              return TabularFile.open(p);
            } catch (IOException e) {
              throw new GenomicsException(
                  "CIViC release " + folder + ": cannot read " + p + ": " + e.getMessage(), e);
            }
          });
    } catch (IOException e) {
      throw new GenomicsException("Cannot read CIViC folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private interface Opener {
    InputStream open(String part);
  }

  private static CivicKnowledge load(String release, Opener opener) {
    try {
      List<CivicVariant> variants = new ArrayList<>();
      try (InputStream in = opener.open("VariantSummaries")) {
        TabularFile.read(
            in,
            release + "-VariantSummaries.tsv",
            f -> f.require("CIViC variant summary", "variant_id", "gene", "variant"),
            (f, row) ->
                variants.add(
                    new CivicVariant(
                        (int) row.number("variant_id", 0),
                        row.get("gene"),
                        row.get("variant"),
                        row.get("reference_build").equals("GRCh37") ? row.get("chromosome") : "",
                        row.number("start", 0),
                        row.number("stop", 0),
                        row.get("reference_bases"),
                        row.get("variant_bases"),
                        split(row.get("variant_types"), ","),
                        split(row.get("variant_aliases"), ","))));
      }
      Map<Integer, Integer> profileToVariant = new HashMap<>();
      try (InputStream in = opener.open("MolecularProfileSummaries")) {
        TabularFile.read(
            in,
            release + "-MolecularProfileSummaries.tsv",
            f ->
                f.require("CIViC molecular profile summary", "molecular_profile_id", "variant_ids"),
            (f, row) -> {
              List<String> ids = split(row.get("variant_ids"), ",");
              if (ids.size() == 1) {
                profileToVariant.put(
                    (int) row.number("molecular_profile_id", 0),
                    Integer.parseInt(ids.get(0).trim()));
              }
            });
      }
      Map<Integer, List<CivicEvidence>> byVariant = new HashMap<>();
      List<CivicEvidence> all = new ArrayList<>();
      try (InputStream in = opener.open("ClinicalEvidenceSummaries")) {
        TabularFile.read(
            in,
            release + "-ClinicalEvidenceSummaries.tsv",
            f ->
                f.require(
                    "CIViC clinical evidence summary",
                    "molecular_profile_id",
                    "evidence_type",
                    "evidence_level",
                    "evidence_status"),
            (f, row) -> {
              if (!row.get("evidence_status").equals("accepted")) {
                return;
              }
              CivicEvidence e =
                  new CivicEvidence(
                      (int) row.number("evidence_id", 0),
                      (int) row.number("molecular_profile_id", 0),
                      row.get("molecular_profile"),
                      row.get("disease"),
                      row.get("doid"),
                      split(row.get("therapies"), ","),
                      row.get("therapy_interaction_type"),
                      row.get("evidence_type"),
                      row.get("evidence_direction"),
                      row.get("evidence_level"),
                      row.get("significance"),
                      row.get("citation"),
                      row.get("citation_id"),
                      row.get("source_type"),
                      (int) row.number("rating", 0),
                      row.get("variant_origin"),
                      false);
              all.add(e);
              Integer variant = profileToVariant.get(e.molecularProfileId());
              if (variant != null) {
                byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(e);
              }
            });
      }
      try (InputStream in = opener.open("AssertionSummaries")) {
        TabularFile.read(
            in,
            release + "-AssertionSummaries.tsv",
            f ->
                f.require(
                    "CIViC assertion summary",
                    "assertion_id",
                    "molecular_profile_id",
                    "amp_category"),
            (f, row) -> {
              String level = ampLevel(row.get("amp_category"));
              if (level.isEmpty()) {
                return;
              }
              CivicEvidence e =
                  new CivicEvidence(
                      (int) row.number("assertion_id", 0),
                      (int) row.number("molecular_profile_id", 0),
                      row.get("molecular_profile"),
                      row.get("disease"),
                      row.get("doid"),
                      split(row.get("therapies"), ","),
                      split(row.get("therapies"), ",").size() > 1 ? "Combination" : "",
                      row.get("assertion_type"),
                      row.get("assertion_direction"),
                      level,
                      row.get("significance"),
                      "CIViC assertion: " + row.get("assertion_summary"),
                      "AID" + row.get("assertion_id"),
                      "CIViC",
                      5,
                      "Somatic",
                      true);
              all.add(e);
              Integer variant = profileToVariant.get(e.molecularProfileId());
              if (variant != null) {
                byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(e);
              }
            });
      }
      return new CivicKnowledge(release, variants, byVariant, all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CIViC evidence level an AMP category stands for ("Tier I - Level A" gives A). */
  static String ampLevel(String category) {
    Matcher m = Pattern.compile("Level ([A-D])").matcher(category);
    return m.find() ? m.group(1) : "";
  }

  private static List<String> split(String value, String separator) {
    if (value.isEmpty() || value.equals("N/A")) {
      return List.of();
    }
    return Arrays.stream(value.split(separator))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * The CIViC variants a small variant meets, most specific first: by protein change, codon, exon,
   * gene-level class, and (for {@code GRCh37} input) genomic position.
   */
  public List<CivicMatch> match(SomaticVariant v, String build) {
    List<CivicMatch> out = new ArrayList<>();
    String protein = v.proteinChange().toUpperCase(Locale.ROOT);
    int codon = v.codon();
    for (Entry e : byGene.getOrDefault(v.gene(), List.of())) {
      if (!e.variant().gene().equals(v.gene())) {
        continue;
      }
      MatchKind kind = kind(e.variant(), v, protein, codon);
      if (kind != null) {
        out.add(new CivicMatch(e.variant(), kind, e.evidence()));
      }
    }
    if (build.equals("GRCh37")) {
      for (Entry e : byPosition.getOrDefault(key(v.chromosome(), v.position()), List.of())) {
        CivicVariant cv = e.variant();
        boolean same = cv.ref().equals(v.ref()) && cv.alt().equals(v.alt());
        if (same && out.stream().noneMatch(m -> m.variant().id() == cv.id())) {
          out.add(new CivicMatch(cv, MatchKind.EXACT, e.evidence()));
        }
      }
    }
    out.sort((a, b) -> a.kind().compareTo(b.kind()));
    return out;
  }

  private static MatchKind kind(CivicVariant cv, SomaticVariant v, String protein, int codon) {
    String name = cv.name().toUpperCase(Locale.ROOT);
    if (!protein.isEmpty()) {
      if (name.equals(protein)
          || cv.aliases().stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).equals(protein))) {
        return MatchKind.EXACT;
      }
      // Q157P/R, G12/G13
      if (name.contains("/") && !name.contains(" ")) {
        String[] parts = name.split("/");
        Matcher first = Pattern.compile("^([A-Z])(\\d+)([A-Z])$").matcher(parts[0]);
        for (String p : parts) {
          if (p.equals(protein)) {
            return MatchKind.EXACT;
          }
          if (first.matches()
              && p.length() == 1
              && protein.equals(first.group(1) + first.group(2) + p)) {
            return MatchKind.EXACT;
          }
          Matcher c = CODON.matcher(p);
          if (c.matches()
              && Integer.parseInt(c.group(2)) == codon
              && protein.startsWith(c.group(1))) {
            return MatchKind.CODON;
          }
        }
      }
      Matcher c = CODON.matcher(name);
      if (c.matches()
          && Integer.parseInt(c.group(2)) == codon
          && protein.startsWith(c.group(1))
          && v.variantClass().nonSynonymous()) {
        return MatchKind.CODON;
      }
    }
    Matcher exon = EXON.matcher(cv.name());
    if (exon.matches() && !v.exon().isEmpty()) {
      String number = v.exon().split("/")[0].trim();
      if (number.equals(exon.group(1))
          && exonClassMatches(exon.group(2).toLowerCase(Locale.ROOT), v.variantClass())) {
        return MatchKind.EXON;
      }
    }
    VariantClass c = v.variantClass();
    switch (name) {
      case "MUTATION", "RARE MUTATION" -> {
        return c.nonSynonymous() ? MatchKind.GENE : null;
      }
      case "LOSS-OF-FUNCTION",
          "TRUNCATING MUTATION",
          "INACTIVATING MUTATION",
          "DELETERIOUS MUTATION",
          "FRAMESHIFT TRUNCATION",
          "BIALLELIC INACTIVATION" -> {
        return c.truncating() ? MatchKind.GENE : null;
      }
      case "ITD", "INTERNAL DUPLICATION" -> {
        // a specific alteration (an in-frame tandem duplication), not a gene-level class
        return c == VariantClass.INFRAME_INSERTION ? MatchKind.EXON : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean exonClassMatches(String what, VariantClass c) {
    return switch (what) {
      case "deletion" ->
          c == VariantClass.INFRAME_DELETION || c == VariantClass.FRAMESHIFT_DELETION;
      case "insertion" ->
          c == VariantClass.INFRAME_INSERTION || c == VariantClass.FRAMESHIFT_INSERTION;
      case "frameshift" ->
          c == VariantClass.FRAMESHIFT_DELETION || c == VariantClass.FRAMESHIFT_INSERTION;
      default -> c.nonSynonymous();
    };
  }

  /** The CIViC variants a fusion meets: the same fusion, or a fusion of either partner gene. */
  public List<CivicMatch> match(Fusion fusion) {
    List<CivicMatch> out = new ArrayList<>();
    for (String gene : List.of(fusion.fivePrime(), fusion.threePrime())) {
      for (Entry e : byGene.getOrDefault(gene, List.of())) {
        String name = e.variant().name();
        String reversed = fusion.threePrime() + "::" + fusion.fivePrime();
        boolean same =
            name.equals(fusion.name())
                || name.startsWith(fusion.name() + " ")
                || !fusion.oriented() && (name.equals(reversed) || name.startsWith(reversed + " "));
        boolean geneLevel =
            e.variant().gene().equals(gene) && name.equalsIgnoreCase("Fusion")
                || e.variant().gene().equals(gene) && name.equalsIgnoreCase("Rearrangement");
        if ((same || geneLevel)
            && out.stream().noneMatch(m -> m.variant().id() == e.variant().id())) {
          out.add(new CivicMatch(e.variant(), MatchKind.FUSION, e.evidence()));
        }
      }
    }
    return out;
  }

  /**
   * The CIViC variants a copy-number call meets ({@code Amplification}; {@code Deletion}, {@code
   * Loss}).
   */
  public List<CivicMatch> match(CopyNumberCall call) {
    List<CivicMatch> out = new ArrayList<>();
    for (Entry e : byGene.getOrDefault(call.gene(), List.of())) {
      if (!e.variant().gene().equals(call.gene())) {
        continue;
      }
      String name = e.variant().name().toUpperCase(Locale.ROOT);
      boolean amp = name.equals("AMPLIFICATION") || name.equals("COPY NUMBER GAIN");
      boolean del =
          name.equals("DELETION") || name.equals("LOSS") || name.equals("COPY NUMBER LOSS");
      if (amp && call.kind() == CopyNumberCall.Kind.AMPLIFICATION
          || del && call.kind() == CopyNumberCall.Kind.DEEP_DELETION) {
        out.add(new CivicMatch(e.variant(), MatchKind.COPY_NUMBER, e.evidence()));
      }
    }
    return out;
  }

  /** Whether a CIViC variant is a single amino-acid change at a codon (for OM4). */
  static boolean isMissenseName(String name) {
    return ProteinChanges.isMissense(name.toUpperCase(Locale.ROOT));
  }

  /**
   * Other missense variants at the same residue with CIViC evidence of oncogenicity (OM4), and the
   * same protein change's entries (OS1/OS2), for the oncogenicity rules.
   */
  public List<CivicMatch> sameResidueMissense(SomaticVariant v) {
    List<CivicMatch> out = new ArrayList<>();
    int codon = v.codon();
    if (codon < 0) {
      return out;
    }
    for (Entry e : byGene.getOrDefault(v.gene(), List.of())) {
      String name = e.variant().name().toUpperCase(Locale.ROOT);
      if (e.variant().gene().equals(v.gene())
          && isMissenseName(name)
          && ProteinChanges.codon(name) == codon
          && !name.equals(v.proteinChange().toUpperCase(Locale.ROOT))) {
        out.add(new CivicMatch(e.variant(), MatchKind.CODON, e.evidence()));
      }
    }
    return out;
  }
}
