import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a component's code only once it is needed, keeping it out of the page's start-up JavaScript.
 * @returns the component, or undefined while it loads (or before `needed` is true).
 */
export function useLazyComponent<P>(
  load: () => Promise<{ default: ComponentType<P> }>,
  needed: boolean,
): ComponentType<P> | undefined {
  const [component, setComponent] = useState<ComponentType<P>>();
  useEffect(() => {
    if (needed && !component) void load().then((module) => setComponent(() => module.default));
  }, [needed]);
  return component;
}
