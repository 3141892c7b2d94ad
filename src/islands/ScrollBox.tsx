/**
 * A wide table's own scroll box (global `.table-scroll`): on a narrow screen the table scrolls inside it, not the
 * page. Focusable, so a keyboard can scroll it, and labelled with what it holds, as a screen reader announces it.
 */
import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  /** A class naming this box, for styles that pick it out (e.g. in print). */
  name?: string;
  children: ComponentChildren;
}

export default function ScrollBox({ label, name, children }: Props) {
  return (
    <section class={name ? `table-scroll ${name}` : 'table-scroll'} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
