package org.gms.genomics.cancer.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.LoadedOnce;
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
  private static final Pattern MISSENSE = Pattern.compile("^([A-Z])(\\d+)([A-Z])$");

  private final String release;
  private final Map<String, List<Entry>> byGene = new HashMap<>();
  private final Map<String, List<Entry>> byPosition = new HashMap<>();
  private final List<CivicEvidence> allEvidence;
  private final CriticalDomains criticalDomains;

  /**
   * A variant with its evidence, and what matching asks of its name on every variant of the gene
   * worked out once: the upper-case name and aliases, and an exon-level name's exon and class.
   */
  private record Entry(
      CivicVariant variant,
      List<CivicEvidence> evidence,
      String upperName,
      List<String> upperAliases,
      String exonNumber,
      String exonClass) {

    static Entry of(CivicVariant v, List<CivicEvidence> evidence) {
      Matcher exon = EXON.matcher(v.name());
      boolean isExon = exon.matches();
      return new Entry(
          v,
          evidence,
          v.name().toUpperCase(Locale.ROOT),
          v.aliases().stream().map(a -> a.toUpperCase(Locale.ROOT)).toList(),
          isExon ? exon.group(1) : null,
          isExon ? exon.group(2).toLowerCase(Locale.ROOT) : null);
    }
  }

  private CivicKnowledge(
      String release,
      List<CivicVariant> variants,
      Map<Integer, List<CivicEvidence>> byVariant,
      List<CivicEvidence> all) {
    this.release = release;
    this.allEvidence = List.copyOf(all);
    this.criticalDomains = CriticalDomains.of(variants, byVariant);
    for (CivicVariant v : variants) {
      List<CivicEvidence> ev = byVariant.getOrDefault(v.id(), List.of());
      if (ev.isEmpty()) {
        continue;
      }
      Entry e = Entry.of(v, ev);
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

  private static CivicKnowledge of(CivicTables.Contents tables) {
    return new CivicKnowledge(
        tables.release(), tables.variants(), tables.byVariant(), tables.evidence());
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

  /** The release's critical functional domains (for OM1). */
  public CriticalDomains criticalDomains() {
    return criticalDomains;
  }

  private static final LoadedOnce<CivicKnowledge> BUNDLED = LoadedOnce.of(CivicKnowledge::load);

  /** The bundled release ({@value #BUNDLED_RELEASE}). */
  public static CivicKnowledge bundled() {
    return BUNDLED.get();
  }

  private static CivicKnowledge load() {
    return of(
        CivicTables.read(
            BUNDLED_RELEASE,
            name ->
                TabularFile.resource(
                    CivicKnowledge.class, BASE + BUNDLED_RELEASE + "-" + name + ".tsv.gz")));
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
      return of(
          CivicTables.read(
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
              }));
    } catch (IOException e) {
      throw new GenomicsException("Cannot read CIViC folder " + folder + ": " + e.getMessage(), e);
    }
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
      MatchKind kind = kind(e, v, protein, codon);
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

  private static MatchKind kind(Entry e, SomaticVariant v, String protein, int codon) {
    String name = e.upperName();
    if (!protein.isEmpty()) {
      if (name.equals(protein) || e.upperAliases().contains(protein)) {
        return MatchKind.EXACT;
      }
      // Q157P/R, G12/G13
      if (name.contains("/") && !name.contains(" ")) {
        String[] parts = name.split("/");
        Matcher first = MISSENSE.matcher(parts[0]);
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
    if (e.exonNumber() != null && !v.exon().isEmpty()) {
      String number = v.exon().split("/")[0].trim();
      if (number.equals(e.exonNumber()) && exonClassMatches(e.exonClass(), v.variantClass())) {
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
      String name = e.upperName();
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
      String name = e.upperName();
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
