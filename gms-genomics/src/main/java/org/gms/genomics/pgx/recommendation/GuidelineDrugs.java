package org.gms.genomics.pgx.recommendation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.LoadedOnce;

/**
 * The drugs the bundled guidelines name, with the codes prescribing systems use for them: RxNorm
 * ingredient CUIs (from the CPIC database, see {@code SOURCE.txt}) and the name itself, which dm+d
 * and SNOMED CT product names and RxNorm clinical drug names start with (e.g. "Clopidogrel 75mg
 * tablets"). Immutable and thread-safe.
 */
public final class GuidelineDrugs {

  private static final String RESOURCE = "/org/gms/genomics/pgx/drugs/cpic-drug-codes.tsv";
  private static final LoadedOnce<GuidelineDrugs> BUNDLED = LoadedOnce.of(GuidelineDrugs::read);

  /**
   * A drug.
   *
   * @param name the name as the guidelines spell it (lower case, e.g. {@code clopidogrel})
   * @param pharmgkbId the ClinPGx (PharmGKB) chemical id
   * @param rxnorm the RxNorm ingredient CUI, or null when the source has none
   */
  public record GuidelineDrug(String name, String pharmgkbId, String rxnorm) {
    public GuidelineDrug {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pharmgkbId, "pharmgkbId");
      rxnorm = rxnorm == null || rxnorm.isBlank() ? null : rxnorm;
    }

    public Optional<String> rxnormCui() {
      return Optional.ofNullable(rxnorm);
    }
  }

  private final List<GuidelineDrug> drugs;
  private final Map<String, GuidelineDrug> byName = new HashMap<>();
  private final Map<String, GuidelineDrug> byRxnorm = new HashMap<>();
  private final List<Map.Entry<Pattern, GuidelineDrug>> namePatterns = new ArrayList<>();

  GuidelineDrugs(List<GuidelineDrug> drugs) {
    this.drugs = List.copyOf(drugs);
    for (GuidelineDrug drug : this.drugs) {
      byName.put(drug.name(), drug);
      drug.rxnormCui().ifPresent(cui -> byRxnorm.put(cui, drug));
    }
    // Longest names first, so that a longer name is found before a shorter one inside it.
    this.drugs.stream()
        .sorted(Comparator.comparingInt((GuidelineDrug d) -> d.name().length()).reversed())
        .forEach(
            drug ->
                namePatterns.add(
                    Map.entry(
                        Pattern.compile(
                            "(?<![\\p{L}\\p{N}])"
                                + Pattern.quote(drug.name())
                                + "(?![\\p{L}\\p{N}])"),
                        drug)));
  }

  /** The drugs of the guidelines bundled with this library. */
  public static GuidelineDrugs bundled() {
    return BUNDLED.get();
  }

  public List<GuidelineDrug> all() {
    return drugs;
  }

  public Optional<GuidelineDrug> byName(String name) {
    return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  public Optional<GuidelineDrug> byRxnorm(String cui) {
    return Optional.ofNullable(byRxnorm.get(cui.strip()));
  }

  /**
   * The drugs named in a medication's text as whole words, case ignored (a combination product
   * names several). A name inside a longer matched name is not counted twice.
   */
  public List<GuidelineDrug> namedIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<GuidelineDrug> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Map.Entry<Pattern, GuidelineDrug> entry : namePatterns) {
      var matcher = entry.getKey().matcher(lower);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        if (taken.stream().noneMatch(t -> start >= t[0] && end <= t[1])) {
          taken.add(new int[] {start, end});
          if (!found.contains(entry.getValue())) {
            found.add(entry.getValue());
          }
        }
      }
    }
    return found;
  }

  private static GuidelineDrugs read() {
    InputStream in = GuidelineDrugs.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new GenomicsException("Bundled drug table " + RESOURCE + " is missing");
    }
    List<GuidelineDrug> drugs = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t", -1);
        drugs.add(new GuidelineDrug(fields[0], fields[1], fields[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GuidelineDrugs(drugs);
  }
}
