package org.gms.server.research;

import java.util.List;

/**
 * A consented patient as researchers see them.
 *
 * @param id stable research id: a keyed hash of the NHS number, not reversible without the key
 * @param yearOfBirth the year only
 * @param sex administrative sex
 * @param phenotypes HPO terms from the patient's test requests
 */
public record ResearchIndividual(String id, int yearOfBirth, String sex, List<String> phenotypes) {

  public ResearchIndividual {
    phenotypes = List.copyOf(phenotypes);
  }
}
