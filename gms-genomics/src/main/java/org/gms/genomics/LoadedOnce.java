package org.gms.genomics;

import java.util.function.Supplier;

/**
 * A value that is loaded on first use and then kept: for the knowledge bundled with this library
 * (gene tables, ontologies, guidelines), which is costly to read and the same for every caller.
 * Safe to share between threads; the loader runs at most once, unless it throws, in which case the
 * next call tries again.
 *
 * @param <T> the loaded value
 */
public final class LoadedOnce<T> implements Supplier<T> {

  private final Supplier<? extends T> loader;
  private volatile T value;

  private LoadedOnce(Supplier<? extends T> loader) {
    this.loader = loader;
  }

  /** The value {@code loader} gives, read when first asked for. */
  public static <T> LoadedOnce<T> of(Supplier<? extends T> loader) {
    if (loader == null) {
      throw new IllegalArgumentException("A value loaded once needs its loader");
    }
    return new LoadedOnce<>(loader);
  }

  /** The value, loading it on the first call. */
  @Override
  public T get() {
    T loaded = value;
    if (loaded == null) {
      synchronized (this) {
        loaded = value;
        if (loaded == null) {
          loaded = loader.get();
          value = loaded;
        }
      }
    }
    return loaded;
  }
}
