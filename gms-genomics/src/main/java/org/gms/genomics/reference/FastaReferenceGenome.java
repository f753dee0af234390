package org.gms.genomics.reference;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reference sequence from FASTA files, read through memory maps of each sequence's bytes (the
 * operating system pages in what is used; nothing is loaded whole). A sequence named like a
 * samtools region ({@code 17:42425000-43600000}, 1-based inclusive) is that stretch of the contig.
 */
final class FastaReferenceGenome implements ReferenceGenome {

  /** A stretch of a contig that some FASTA sequence holds; mapped into memory on first use. */
  private record Segment(
      Path file,
      FastaSequence sequence,
      long start,
      long end,
      AtomicReference<MappedByteBuffer> mapped) {

    Segment(Path file, FastaSequence sequence, long start, long end) {
      this(file, sequence, start, end, new AtomicReference<>());
    }

    MappedByteBuffer map() {
      MappedByteBuffer map = mapped.get();
      if (map == null) {
        map = FastaReferenceGenome.map(this);
        mapped.compareAndSet(null, map);
      }
      return map;
    }
  }

  private final Map<String, List<Segment>> segmentsByContig = new HashMap<>();
  private final Map<String, Long> wholeContigLengths = new LinkedHashMap<>();

  FastaReferenceGenome(List<Path> fastas) {
    if (fastas.isEmpty()) {
      throw new ReferenceException("No reference FASTA given");
    }
    for (Path fasta : fastas) {
      for (FastaSequence sequence : FastaIndex.of(fasta)) {
        add(fasta, sequence);
      }
    }
  }

  private void add(Path fasta, FastaSequence sequence) {
    Optional<SamtoolsRegion> region = SamtoolsRegion.parse(sequence.name());
    Segment segment;
    String contig;
    if (region.isPresent()) {
      SamtoolsRegion r = region.get();
      if (r.length() != sequence.length()) {
        throw new ReferenceException(
            "Reference FASTA "
                + fasta
                + ": sequence '"
                + sequence.name()
                + "' is named as a "
                + r.length()
                + "-base region but holds "
                + sequence.length()
                + " bases; its name or its content is wrong");
      }
      contig = r.contig();
      segment = new Segment(fasta, sequence, r.start(), r.end());
    } else {
      contig = sequence.name();
      segment = new Segment(fasta, sequence, 1, sequence.length());
      Long previous = wholeContigLengths.putIfAbsent(contig, sequence.length());
      if (previous != null) {
        throw new ReferenceException(
            "Reference contig "
                + contig
                + " appears twice (again in "
                + fasta
                + "); give each contig once");
      }
    }
    segmentsByContig
        .computeIfAbsent(ContigName.canonical(contig), c -> new ArrayList<>())
        .add(segment);
  }

  @Override
  public Optional<String> bases(String contig, long start, long end) {
    Segment segment = covering(contig, start, end);
    if (segment == null) {
      return Optional.empty();
    }
    MappedByteBuffer map = segment.map();
    FastaSequence sequence = segment.sequence();
    long first = sequence.byteOffset(start - segment.start());
    byte[] bases = new byte[(int) (end - start + 1)];
    int n = 0;
    int at = (int) (first - sequence.offset());
    while (n < bases.length) {
      byte b = map.get(at++);
      if (b != '\n' && b != '\r') {
        bases[n++] = (byte) (b >= 'a' ? b - 32 : b);
      }
    }
    return Optional.of(new String(bases, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Override
  public boolean covers(String contig, long start, long end) {
    return covering(contig, start, end) != null;
  }

  private Segment covering(String contig, long start, long end) {
    if (start < 1 || end < start || end - start >= Integer.MAX_VALUE) {
      return null;
    }
    List<Segment> segments = segmentsByContig.get(ContigName.canonical(contig));
    if (segments == null) {
      return null;
    }
    for (Segment segment : segments) {
      if (segment.start() <= start && end <= segment.end()) {
        return segment;
      }
    }
    return null;
  }

  private static MappedByteBuffer map(Segment segment) {
    FastaSequence sequence = segment.sequence();
    long bytes = sequence.byteOffset(Math.max(sequence.length() - 1, 0)) + 1 - sequence.offset();
    try (FileChannel channel = FileChannel.open(segment.file(), StandardOpenOption.READ)) {
      if (sequence.offset() + bytes > channel.size()) {
        throw new ReferenceException(
            "Reference FASTA "
                + segment.file()
                + " is shorter than its"
                + " index says for "
                + sequence.name()
                + "; regenerate the .fai with 'samtools faidx'");
      }
      return channel.map(FileChannel.MapMode.READ_ONLY, sequence.offset(), bytes);
    } catch (IOException e) {
      throw new ReferenceException(
          "Cannot read reference FASTA " + segment.file() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, Long> contigLengths() {
    return Collections.unmodifiableMap(wholeContigLengths);
  }

  /** Throws if a whole contig's length, or a piece's end, contradicts the build. */
  void check(GenomeBuild build) {
    AssemblyContigs contigs = AssemblyContigs.of(build);
    wholeContigLengths.forEach(
        (contig, length) ->
            contigs
                .contradiction(contig, length)
                .ifPresent(
                    why -> {
                      throw new ReferenceException(
                          "Reference FASTA does not match " + build + ": " + why);
                    }));
    segmentsByContig.forEach(
        (contig, segments) -> {
          long length = contigs.length(contig).orElse(Long.MAX_VALUE);
          for (Segment segment : segments) {
            if (segment.end() > length) {
              throw new ReferenceException(
                  "Reference piece "
                      + segment.sequence().name()
                      + " in "
                      + segment.file()
                      + " ends at "
                      + segment.end()
                      + ", past the end of "
                      + build
                      + " contig "
                      + contig
                      + " ("
                      + length
                      + " bases); it is not "
                      + build);
            }
          }
        });
  }
}
