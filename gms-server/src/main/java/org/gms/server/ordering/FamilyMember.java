package org.gms.server.ordering;

import org.gms.server.GmsException;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Relationship;

/** A relative tested with the proband (trio, cascade testing); a registered patient. */
public record FamilyMember(NhsNumber nhsNumber, Relationship relationship, boolean affected) {

  public FamilyMember {
    if (nhsNumber == null || relationship == null) {
      throw new GmsException("A family member needs an NHS number and a relationship.");
    }
  }
}
