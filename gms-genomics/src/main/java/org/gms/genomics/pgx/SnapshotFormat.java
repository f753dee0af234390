package org.gms.genomics.pgx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.gms.genomics.GenomicsException;

/**
 * The frame of a binary knowledge snapshot (allele definitions, guidelines): a magic word naming
 * the kind, the format version and the digest of the files it was made from, then the body.
 *
 * @param magic the word that opens every snapshot of the kind
 * @param version the format version; a snapshot of another version is refused (rebuild it)
 * @param kind what a snapshot holds, in words, for errors: "allele definition", "guideline"
 */
public record SnapshotFormat(String magic, int version, String kind) {

  /** Reads the body of a snapshot after its header. */
  public interface Body<T> {
    T read(DataInputStream in, byte[] sourceDigest) throws IOException;
  }

  /** Writes the header for the body to follow; returns the (buffered) stream to write it to. */
  public DataOutputStream start(OutputStream target, byte[] sourceDigest) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    out.writeUTF(magic);
    out.writeInt(version);
    out.writeInt(sourceDigest.length);
    out.write(sourceDigest);
    return out;
  }

  /**
   * Reads a snapshot named {@code name} (for errors); a stream that is not one of this kind and
   * version, or that cannot be read, is an error naming it.
   */
  public <T> T read(InputStream source, String name, Body<T> body) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16))) {
      if (!magic.equals(in.readUTF()) || in.readInt() != version) {
        throw new GenomicsException(
            name + ": not " + article() + " snapshot of format " + version + "; rebuild it");
      }
      byte[] digest = new byte[in.readInt()];
      in.readFully(digest);
      return body.read(in, digest);
    } catch (IOException | IllegalArgumentException e) {
      throw new GenomicsException(name + ": unreadable " + kind + " snapshot (" + e + ")", e);
    }
  }

  private String article() {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
