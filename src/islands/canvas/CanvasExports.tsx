/**
 * Out of the browser: JSON, Markdown, print, a revisit-by calendar event, and an opt-in share link. The buttons are
 * part of the tool; the code of each format loads when it is asked for, so none of it is fetched before input.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Canvas } from '../../lib/canvas/model';
import { downloadText } from '../download';
import type { CanvasConstraintInfo, CanvasGuardrailInfo } from './types';

interface Props {
  canvas: Canvas;
  constraints: readonly CanvasConstraintInfo[];
  guardrails: readonly CanvasGuardrailInfo[];
}

/** A file name from the initiative's name: lowercase words, hyphens. */
const fileName = (name: string) =>
  name
    .toLocaleLowerCase('en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || 'canvas';

export default function CanvasExports({ canvas, constraints, guardrails }: Props) {
  const [shareAgreed, setShareAgreed] = useState(false);
  const [status, setStatus] = useState('');
  const page = location.href.split(/[#?]/)[0]!;
  const names = {
    guardrails: canvas.guardrails.map((id) => guardrails.find((g) => g.id === id)?.name ?? id),
    ...(canvas.constraint
      ? { constraint: constraints.find((c) => c.id === canvas.constraint)?.name ?? canvas.constraint }
      : {}),
  };
  const [link, setLink] = useState('');
  useEffect(() => {
    if (!shareAgreed) return;
    let current = true;
    void import('../../lib/canvas/share').then(({ encodeCanvasShare }) => {
      if (current) setLink(`${page}#${encodeCanvasShare(canvas)}`);
    });
    return () => {
      current = false;
    };
  }, [shareAgreed, canvas, page]);

  return (
    <section class="exports no-print" aria-labelledby="exports-title">
      <h2 id="exports-title">Take it out of the browser</h2>
      <p class="tool-actions">
        <button
          type="button"
          class="button"
          onClick={async () => {
            const { canvasToJson } = await import('../../lib/canvas/export');
            downloadText(`${fileName(canvas.name)}.canvas.json`, canvasToJson(canvas));
          }}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="button"
          onClick={async () => {
            const { canvasToMarkdown } = await import('../../lib/canvas/export');
            downloadText(`${fileName(canvas.name)}.md`, canvasToMarkdown(canvas, names, page), 'text/markdown');
          }}
        >
          Export Markdown
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print on one page
        </button>
        <button
          type="button"
          class="button"
          disabled={canvas.feedback.revisitBy === ''}
          onClick={async () => {
            const { buildReminderIcs } = await import('../../lib/ics');
            downloadText(
              `revisit-${fileName(canvas.name)}-${canvas.feedback.revisitBy}.ics`,
              buildReminderIcs({
                date: canvas.feedback.revisitBy,
                title: `Revisit: ${canvas.name}`,
                description: `Review the evidence for “${canvas.name}” and log a decision. ${page}`,
                url: page,
                uid: `${canvas.id}-revisit@ticket-factory-field-guide`,
                now: new Date(),
              }),
              'text/calendar',
            );
          }}
        >
          Revisit-by calendar event (.ics)
        </button>
      </p>
      <h3>Share by link</h3>
      <p>
        A share link carries the whole canvas text inside the link itself. Anyone you send it to, and any tool that
        stores the message, can read it. Nothing is uploaded by this site.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={shareAgreed}
          onChange={(e) => setShareAgreed((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        I understand the canvas text travels inside the link
      </label>
      {shareAgreed && link && (
        <p class="tool-actions">
          <label for="canvas-share-link" class="visually-hidden">
            Canvas share link
          </label>
          <input id="canvas-share-link" class="share-link" type="text" readOnly value={link} data-canvas-share-link />
          <button
            type="button"
            class="button"
            onClick={() =>
              navigator.clipboard.writeText(link).then(
                () => setStatus('Share link copied.'),
                () => setStatus('Copy failed: select the link and copy it.'),
              )
            }
          >
            Copy share link
          </button>
        </p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
