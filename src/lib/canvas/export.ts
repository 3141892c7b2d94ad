/** The canvas out of the browser: a JSON file that imports again, Markdown for a wiki or a pull request. */
import { parseJsonWithin, type FileRefusal } from '../storage/file-import';
import type { Canvas } from './model';
import { validateCanvas } from './validate';

export const CANVAS_FILE_KIND = 'impact-chain-canvas';
export const CANVAS_FILE_VERSION = 1;
/** Largest canvas file import accepts: a full canvas is a few KiB. */
export const MAX_CANVAS_FILE_BYTES = 256 * 1024;

/** A canvas as a downloadable JSON file. */
export function canvasToJson(canvas: Canvas): string {
  return JSON.stringify({ kind: CANVAS_FILE_KIND, version: CANVAS_FILE_VERSION, canvas }, null, 2);
}

export type CanvasFileResult = { ok: true; canvas: Canvas } | { ok: false; error: string };

/** Why a file was refused as a canvas before its content was looked at. */
export function canvasFileRefusal(refusal: FileRefusal): string {
  switch (refusal.reason) {
    case 'too-large':
      return 'The file is too large to be a canvas.';
    case 'not-json':
      return 'The file is not JSON.';
    case 'forbidden-key':
      return 'The file contains a key that a canvas never has.';
  }
}

/** Reads a canvas file. Never throws; never accepts prototype keys, oversize files or unknown versions. */
export function canvasFromJson(text: string): CanvasFileResult {
  const parsed = parseJsonWithin(text, MAX_CANVAS_FILE_BYTES);
  if (!parsed.ok) return { ok: false, error: canvasFileRefusal(parsed) };
  const file = parsed.value as { kind?: unknown; version?: unknown; canvas?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.kind !== CANVAS_FILE_KIND) {
    return { ok: false, error: 'This is not an Impact Chain Canvas file.' };
  }
  if (typeof file.version !== 'number' || file.version > CANVAS_FILE_VERSION || file.version < 1) {
    return { ok: false, error: 'This canvas file comes from a newer version of the site.' };
  }
  const canvas = validateCanvas(file.canvas);
  return canvas
    ? { ok: true, canvas }
    : { ok: false, error: 'The canvas in this file is incomplete or has fields that are too long.' };
}

/** Markdown text with no formatting surprises: user text is escaped so it cannot become links or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The canvas as Markdown, for a wiki page or a pull request description. */
export function canvasToMarkdown(
  canvas: Canvas,
  names: { constraint?: string; guardrails: string[] },
  url: string,
): string {
  const e = (text: string) => (text.trim() === '' ? '_(not yet written)_' : escapeMarkdown(text));
  const lines = [
    `# ${escapeMarkdown(canvas.name)}`,
    '',
    `Owner: ${e(canvas.owner)} · Updated ${canvas.updatedAt.slice(0, 10)}`,
    '',
    '## Aim',
    '',
    `- **Outcome:** ${e(canvas.aim.outcome)}`,
    `- **For whom:** ${e(canvas.aim.forWhom)}`,
    `- **By when:** ${e(canvas.aim.byWhen)}`,
    '',
    '## Mechanism of action',
    '',
    `- **Because** ${e(canvas.mechanism.because)}`,
    `- **we expect** ${e(canvas.mechanism.weExpect)}`,
    `- **Assumptions:** ${e(canvas.mechanism.assumptions)}`,
    '',
    '## Feedback',
    '',
    `- **Leading signal:** ${e(canvas.feedback.leadingSignal)}`,
    `- **Lagging outcome:** ${e(canvas.feedback.laggingOutcome)}`,
    `- **Measure and threshold:** ${e(canvas.feedback.measure)} — ${e(canvas.feedback.threshold)}`,
    `- **Kill criterion:** ${e(canvas.feedback.killCriterion)}`,
    `- **Revisit by:** ${e(canvas.feedback.revisitBy)}`,
    '',
    `**Constraint addressed:** ${names.constraint ? escapeMarkdown(names.constraint) : '_(none chosen)_'}`,
    '',
    `**Guardrails:** ${names.guardrails.length > 0 ? names.guardrails.map(escapeMarkdown).join(', ') : '_(none chosen)_'}`,
    '',
    '## Decision log',
    '',
  ];
  if (canvas.decisions.length === 0) lines.push('_(no decisions logged)_');
  else {
    lines.push('| Date | Decision | Why |', '| --- | --- | --- |');
    for (const d of canvas.decisions) lines.push(`| ${e(d.date)} | ${e(d.decision)} | ${e(d.why)} |`);
  }
  lines.push('', `Made with the Impact Chain Canvas: ${url}`, '');
  return lines.join('\n');
}
