package org.gms.genomics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.ContigName;

/**
 * A tiny in-memory reference for tests: the pieces of a region FASTA whose sequence names are
 * samtools-style regions ({@code >17:42425000-43600000}), as in the shared transcript data. Not a
 * general FASTA reader (the product's lives in the reference package).
 */
public final class PieceGenome implements ReferenceGenome {

  private record Piece(String contig, long start, String bases) {
    long end() {
      return start + bases.length() - 1;
    }
  }

  private final List<Piece> pieces;

  private PieceGenome(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  public static PieceGenome read(Path... fastas) {
    List<Piece> pieces = new ArrayList<>();
    for (Path fasta : fastas) {
      try {
        String name = null;
        StringBuilder bases = new StringBuilder();
        for (String line : Files.readAllLines(fasta)) {
          if (line.startsWith(">")) {
            add(pieces, name, bases);
            name = line.substring(1).split("\\s+")[0];
            bases.setLength(0);
          } else {
            bases.append(line.strip().toUpperCase());
          }
        }
        add(pieces, name, bases);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PieceGenome(pieces);
  }

  private static void add(List<Piece> pieces, String name, StringBuilder bases) {
    if (name == null) {
      return;
    }
    int colon = name.lastIndexOf(':');
    String contig = ContigName.canonical(name.substring(0, colon));
    long start = Long.parseLong(name.substring(colon + 1, name.indexOf('-', colon)));
    pieces.add(new Piece(contig, start, bases.toString()));
  }

  @Override
  public Optional<String> bases(String contig, long start, long end) {
    String canonical = ContigName.canonical(contig);
    for (Piece piece : pieces) {
      if (piece.contig().equals(canonical) && start >= piece.start() && end <= piece.end()) {
        return Optional.of(
            piece
                .bases()
                .substring((int) (start - piece.start()), (int) (end - piece.start() + 1)));
      }
    }
    return Optional.empty();
  }

  @Override
  public Map<String, Long> contigLengths() {
    return Map.of();
  }
}
