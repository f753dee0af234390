package org.gms.server.ordering;

/** What the laboratory received. */
public enum SampleType {
  BLOOD,
  SALIVA,
  TISSUE,
  CFDNA
}
