package org.gms.server.account.internal;

import java.util.Locale;
import java.util.Set;
import org.gms.server.GmsException;

/**
 * What a password must be: at least 12 characters, not one of the passwords attackers try first (or
 * one of them repeated, or with digits and symbols added at the ends), and not a short pattern
 * repeated (fewer than 5 different characters).
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;

  /** Words at the top of every leaked-password list, lower case, letters only. */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passwort",
          "passw",
          "qwerty",
          "qwertyuiop",
          "asdfgh",
          "asdfghjkl",
          "zxcvbn",
          "letmein",
          "welcome",
          "admin",
          "administrator",
          "iloveyou",
          "monkey",
          "dragon",
          "sunshine",
          "princess",
          "football",
          "baseball",
          "master",
          "shadow",
          "superman",
          "trustno",
          "abc",
          "abcdef",
          "abcdefgh",
          "qazwsx",
          "changeme",
          "secret",
          "login",
          "default",
          "summer",
          "winter",
          "spring",
          "autumn",
          "nhs",
          "hospital",
          "doctor",
          "nurse",
          "genomics",
          "gms",
          "test",
          "guest",
          "root",
          "user");

  private PasswordPolicy() {}

  static void check(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new GmsException(
          "The password for " + username + " must have at least " + MIN_LENGTH + " characters.");
    }
    if (password.chars().distinct().count() < 5) {
      throw new GmsException(
          "The password for "
              + username
              + " repeats a few characters; choose one with at least 5 different characters.");
    }
    String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (letters.isEmpty() || isCommonRepeated(letters)) {
      throw new GmsException(
          "The password for "
              + username
              + " is a commonly used password (or one with digits added); choose a passphrase of"
              + " several unrelated words.");
    }
  }

  /** Whether the letters are one common word, or one of them repeated. */
  private static boolean isCommonRepeated(String letters) {
    for (String word : COMMON) {
      if (letters.length() % word.length() == 0
          && word.repeat(letters.length() / word.length()).equals(letters)) {
        return true;
      }
    }
    return false;
  }
}
