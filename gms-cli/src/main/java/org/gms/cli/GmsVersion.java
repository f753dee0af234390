package org.gms.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it always matches the build. */
final class GmsVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Gms.class.getPackage().getImplementationVersion();
    return new String[] {"gms " + (version == null ? "development build" : version)};
  }
}
