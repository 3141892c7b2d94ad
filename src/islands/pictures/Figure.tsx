/**
 * What every picture is: a figure whose SVG is drawn to the width its box has (`useWidth`), so text keeps its size,
 * labeled by its caption, which says in words what the drawing shows.
 */
import type { ComponentChildren } from 'preact';
import { useWidth } from './useWidth';

/** A picture laid out for a width: its height, its drawing and its caption. */
export interface Drawing {
  height: number;
  svg: ComponentChildren;
  caption: ComponentChildren;
}

interface Props {
  /** Names the picture: `data-picture`, a class, and its caption's id. */
  name: string;
  /** Width before the box is measured. */
  initialWidth: number;
  draw: (width: number) => Drawing;
}

export default function Figure({ name, initialWidth, draw }: Props) {
  const [box, width] = useWidth<HTMLDivElement>(initialWidth);
  const { height, svg, caption } = draw(width);
  return (
    <figure class={`picture ${name}`} data-picture={name}>
      <div ref={box}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${name}-caption`}
        >
          {svg}
        </svg>
      </div>
      <figcaption id={`${name}-caption`}>{caption}</figcaption>
    </figure>
  );
}
