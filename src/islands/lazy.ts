import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module only once it is needed, keeping its code out of the page's start-up JavaScript.
 * @returns the module, or undefined while it loads (or before `needed` is true).
 */
export function useLazyModule<M>(load: () => Promise<M>, needed: boolean): M | undefined {
  const [module, setModule] = useState<M>();
  useEffect(() => {
    if (needed && !module) void load().then((loaded) => setModule(() => loaded));
  }, [needed]);
  return module;
}

/** A component whose code loads only once it is needed; undefined while it loads (or before `needed`). */
export function useLazyComponent<P>(
  load: () => Promise<{ default: ComponentType<P> }>,
  needed: boolean,
): ComponentType<P> | undefined {
  return useLazyModule(load, needed)?.default;
}
