/**
 * A part of a tool that sits below the fold and is not needed to start: its code loads when its place scrolls into
 * view or at the visitor's first input anywhere on the page (a key, a pointer, a focus, a wheel), whichever comes
 * first, like Astro's `client:visible`. First input counts so that keyboard and find-in-page users meet a loaded
 * part, and nothing is fetched for it while the page is starting.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazyComponent } from './lazy';

/** A touch is a pointer too: pointerdown comes before any touch event, on every browser the guide supports. */
const FIRST_INPUT = ['pointerdown', 'keydown', 'focusin', 'wheel'] as const;

interface Props<P> {
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** Load straight away (the page's address asks for this part), still after hydration. */
  now?: boolean;
}

export default function Deferred<P extends object>({ load, props, now = false }: Props<P>) {
  const place = useRef<HTMLDivElement>(null);
  const [needed, setNeeded] = useState(now);
  useEffect(() => {
    if (needed) return;
    const need = () => setNeeded(true);
    const options = { capture: true, passive: true };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && need());
    if (place.current) observer.observe(place.current);
    for (const type of FIRST_INPUT) addEventListener(type, need, options);
    return () => {
      observer.disconnect();
      for (const type of FIRST_INPUT) removeEventListener(type, need, options);
    };
  }, [needed]);
  const Component = useLazyComponent(load, needed);
  return Component ? <Component {...props} /> : <div ref={place} class="deferred" />;
}
