import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The width of an element, kept current as the page resizes: pictures lay out to the pixels they have, so their
 * text keeps its size on a phone instead of shrinking with a scaled drawing.
 */
export function useWidth<E extends HTMLElement>(fallback: number): [{ current: E | null }, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
