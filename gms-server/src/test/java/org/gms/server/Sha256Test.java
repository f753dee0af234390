package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SHA-256 in lower-case hex, against the FIPS 180-2 examples and a text beyond ASCII. */
class Sha256Test {

  @ParameterizedTest(name = "\"{0}\" hashes to {1}")
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "café, 850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e"
  })
  void textHashesToTheKnownDigest(String text, String hex) {
    assertThat(Sha256.ofText(text)).isEqualTo(hex);
  }

  @ParameterizedTest(name = "\"{0}\" fed in two parts hashes as a whole")
  @CsvSource({"abc", "café", "a longer text fed in two parts"})
  void aDigestFedInPartsHashesAsTheWholeText(String text) {
    MessageDigest digest = Sha256.digest();
    int half = text.length() / 2;
    digest.update(text.substring(0, half).getBytes(StandardCharsets.UTF_8));
    digest.update(text.substring(half).getBytes(StandardCharsets.UTF_8));
    assertThat(Sha256.hex(digest)).isEqualTo(Sha256.ofText(text));
  }
}
