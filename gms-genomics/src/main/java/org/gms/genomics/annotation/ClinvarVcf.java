package org.gms.genomics.annotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.transcript.CompressedText;

/**
 * Reads a ClinVar VCF (plain or bgzip) as a stream of classified alleles: one {@link
 * ClassifiedAllele} per ALT of every record that has a CLNSIG, with its position, alleles as
 * written, variation id, CLNSIG, CLNREVSTAT and GENEINFO. Records without CLNSIG are passed over. A
 * malformed line stops the read with a {@link GenomicsException} naming the file and line, what was
 * wrong and what to check.
 *
 * <pre>{@code
 * ClinvarVcf.of(file).requireHeader().eachAllele(allele -> ...);
 * }</pre>
 */
public final class ClinvarVcf {

  /** How often (in lines) the progress listener hears of the lines read. */
  public static final long PROGRESS_LINES = 200_000;

  /**
   * One ALT allele of a ClinVar record, the text as written in the file: underscores kept, a
   * missing INFO value null.
   *
   * @param chrom CHROM as written ("2", "chr2", "MT")
   * @param position POS, 1-based
   * @param ref REF as written
   * @param alt this ALT as written (may be '.', symbolic or IUPAC; the reader leaves that to the
   *     caller)
   * @param variationId ID, ClinVar's variation id
   * @param significance CLNSIG
   * @param reviewStatus CLNREVSTAT, or null
   * @param geneInfo GENEINFO ("FBXO11:80204|..."), or null
   * @param line the line's number in the file
   */
  public record ClassifiedAllele(
      String chrom,
      long position,
      String ref,
      String alt,
      String variationId,
      String significance,
      String reviewStatus,
      String geneInfo,
      long line) {

    public ClassifiedAllele {
      Objects.requireNonNull(chrom, "chrom");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(alt, "alt");
      Objects.requireNonNull(significance, "significance");
    }

    /** The first gene symbol of GENEINFO, or "" when there is none. */
    public String gene() {
      return geneInfo == null ? "" : geneInfo.split("[:|]")[0];
    }

    /** Whether REF and ALT differ in length or are more than one base: an indel or MNV. */
    public boolean isIndelOrMultiBase() {
      return ref.length() != alt.length() || ref.length() > 1;
    }

    /** ClinVar's underscored value made readable ("Likely_pathogenic" to "Likely pathogenic"). */
    public static String readable(String value) {
      return value == null ? null : value.replace('_', ' ');
    }
  }

  private final Path file;
  private boolean requireHeader;
  private Consumer<String> metaLines = line -> {};
  private LongConsumer progress = lines -> {};

  private ClinvarVcf(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** A reader of the ClinVar VCF at the path. */
  public static ClinvarVcf of(Path file) {
    return new ClinvarVcf(file);
  }

  /** Refuses a file whose records come before (or without) a #CHROM header line. */
  public ClinvarVcf requireHeader() {
    this.requireHeader = true;
    return this;
  }

  /** Hears every '##' meta-information line (to read ##fileDate or refuse a ##reference). */
  public ClinvarVcf onMeta(Consumer<String> listener) {
    this.metaLines = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Hears the number of lines read every {@value #PROGRESS_LINES} lines. */
  public ClinvarVcf onProgress(LongConsumer listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Reads the file, giving every classified allele to the consumer in file order. */
  public void eachAllele(Consumer<ClassifiedAllele> consumer) {
    boolean header = false;
    try (BufferedReader in = open(file)) {
      long line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isEmpty()) {
          continue;
        }
        if (text.startsWith("##")) {
          metaLines.accept(text);
          continue;
        }
        if (text.charAt(0) == '#') {
          header |= text.startsWith("#CHROM");
          continue;
        }
        if (requireHeader && !header) {
          throw new GenomicsException(
              file + ":" + line + ": no #CHROM header line before the records; is this a VCF?");
        }
        String[] columns = text.split("\t", 9);
        if (columns.length < 8) {
          throw new GenomicsException(
              file
                  + ":"
                  + line
                  + ": expected at least 8 tab-separated VCF columns, found "
                  + columns.length
                  + " (is this ClinVar's VCF?)");
        }
        String significance = info(columns[7], "CLNSIG");
        if (significance != null) {
          String review = info(columns[7], "CLNREVSTAT");
          String geneInfo = info(columns[7], "GENEINFO");
          long position;
          try {
            position = Long.parseLong(columns[1]);
          } catch (NumberFormatException e) {
            throw new GenomicsException(
                file + ":" + line + ": POS is not a number: '" + columns[1] + "'.");
          }
          for (String alt : columns[4].split(",")) {
            consumer.accept(
                new ClassifiedAllele(
                    columns[0],
                    position,
                    columns[3],
                    alt,
                    columns[2],
                    significance,
                    review,
                    geneInfo,
                    line));
          }
        }
        if (line % PROGRESS_LINES == 0) {
          progress.accept(line);
        }
      }
    } catch (NoSuchFileException e) {
      throw new GenomicsException("ClinVar file not found: " + file + " (check the path)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (requireHeader && !header) {
      throw new GenomicsException(file + " has no #CHROM header line; is this a VCF?");
    }
  }

  /** The value of an INFO key, or null. */
  public static String info(String info, String key) {
    int from = 0;
    while (true) {
      int at = info.indexOf(key + "=", from);
      if (at < 0) {
        return null;
      }
      if (at == 0 || info.charAt(at - 1) == ';') {
        int start = at + key.length() + 1;
        int end = info.indexOf(';', start);
        return info.substring(start, end < 0 ? info.length() : end);
      }
      from = at + 1;
    }
  }

  /** Plain or gzip (bgzip) text, recognised by its first bytes. */
  static BufferedReader open(Path file) throws IOException {
    return CompressedText.open(Files.newInputStream(file));
  }
}
