package org.gms.server.directory.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Loads the bundled gene reference once, on first use (about 30,000 genes). */
@Component
class GeneReferenceHolder {

  private volatile GeneReference genes;

  GeneReference get() {
    GeneReference loaded = genes;
    if (loaded == null) {
      synchronized (this) {
        if (genes == null) {
          genes = GeneReference.bundled();
        }
        loaded = genes;
      }
    }
    return loaded;
  }

  /**
   * The symbols a stored gene symbol is matched against, upper-case: the one given and, when the
   * reference knows it (as given or upper-case, an alias too), the gene's current symbol.
   */
  Set<String> matchingSymbols(String symbol) {
    Set<String> symbols = new LinkedHashSet<>();
    String given = symbol.strip();
    symbols.add(given.toUpperCase(Locale.ROOT));
    GeneReference reference = get();
    reference
        .bySymbol(given)
        .or(() -> reference.bySymbol(given.toUpperCase(Locale.ROOT)))
        .ifPresent(gene -> symbols.add(gene.symbol().toUpperCase(Locale.ROOT)));
    return symbols;
  }
}
