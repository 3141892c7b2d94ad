/**
 * Every page that gets a link preview image, with what its card says, drawn from the same collections as the
 * pages. The tools' one-line descriptions live here, and their pages use them too.
 */
import { getCollection } from 'astro:content';
import { getConstraints, getDiagnostic, getGuardrails } from './collections';
import { SITE_DESCRIPTION } from '../lib/site';
import { ROUTES, constraintRoute, essayRoute, guardrailRoute } from '../lib/routes';
import { cardSite, type PreviewCard } from '../lib/preview-card';
import { CardDrawing, cardCacheDir } from '../lib/card-drawing';
import { addStageDuration } from '../lib/build-stage-time';
import { oncePerBuild } from './once-per-build';

/** The tools' one-line descriptions: their pages' descriptions and their preview cards. */
export async function toolDescriptions() {
  const { questions } = await getDiagnostic();
  const items = await getCollection('checklist');
  return {
    diagnostic: `${questions.length} agree/disagree statements that find which of the eight alignment constraints dominates your team now, and the smallest useful change to loosen it.`,
    canvas:
      'A one-page aim, mechanism and feedback for an initiative, checked for a causal mechanism, a kill criterion and a revisit-by date.',
    checklist: `${items.length} yes/no checks a team runs at a retro; every “no” points to the constraint behind it and a guardrail to try.`,
    diagnosticRoom:
      'Room mode for the diagnostic: one statement on the wall, the team votes with a hand sign, the facilitator types the counts and the room sees its dominant constraint and where it split.',
    checklistRoom:
      'Room mode for the health checklist: one item on the wall, the team votes yes, not yet or no with a thumb, and the room sees its weakest theme and where it split.',
  };
}

/** Every preview card, one per page that has one. */
export const getPreviewCards = oncePerBuild(async (): Promise<readonly PreviewCard[]> => {
  const tools = await toolDescriptions();
  const essays = await getCollection('essays');
  return [
    { route: ROUTES.home, kind: 'A field guide', title: 'Ticket Factory to Impact', line: SITE_DESCRIPTION },
    ...essays.map((essay) => ({
      route: essayRoute(essay.id),
      kind: `The essay, by ${essay.data.author}`,
      title: essay.data.title,
      line: essay.data.excerpt,
    })),
    ...(await getConstraints()).map((c) => ({
      route: constraintRoute(c.id),
      kind: 'Alignment constraint',
      title: c.data.name,
      line: `Typical signal: ${c.data.signal}`,
    })),
    ...(await getGuardrails()).map((g) => ({
      route: guardrailRoute(g.id),
      kind: 'Guardrail',
      title: g.data.name,
      line: g.data.summary,
    })),
    { route: ROUTES.diagnostic, kind: 'Tool', title: 'Constraint-map diagnostic', line: tools.diagnostic },
    { route: ROUTES.canvas, kind: 'Tool', title: 'Impact Chain Canvas', line: tools.canvas },
    { route: ROUTES.checklist, kind: 'Tool', title: 'Alignment Health Checklist', line: tools.checklist },
    { route: ROUTES.diagnosticRoom, kind: 'Tool', title: 'Run the diagnostic in the room', line: tools.diagnosticRoom },
    {
      route: ROUTES.checklistRoom,
      kind: 'Tool',
      title: 'Run the health checklist in the room',
      line: tools.checklistRoom,
    },
  ];
});

const cardsByRoute = oncePerBuild(async () => new Map((await getPreviewCards()).map((card) => [card.route, card])));

/** The card of a page, by its route inside the site; undefined for pages without one. */
export async function previewFor(route: string): Promise<PreviewCard | undefined> {
  // Every page asks for its card, the first one well before the cards' own pages are built: the drawing starts now.
  if (!import.meta.env.DEV) void buildCardDrawing();
  return (await cardsByRoute()).get(route);
}

/**
 * In a build of many pages, the cards drawn beside them (src/lib/card-drawing.ts), started once; in dev, or for a few
 * hundred cards, none: a worker costs about 0.3 s to start (the code and fonts loaded again), more than it saves on a
 * small build, while at 10,000 pages it took about 20 s off (bench:scale, README). FIELD_GUIDE_CARD_WORKER=on or off
 * decides it whatever the count (`npm test`'s small scale build draws its cards beside the pages).
 */
const DRAW_BESIDE_FROM = 1000;
const drawBeside = (cards: number, setting = process.env['FIELD_GUIDE_CARD_WORKER']) =>
  setting === 'on' || (setting !== 'off' && cards >= DRAW_BESIDE_FROM);
// Only ever called in a build (its callers check), where oncePerBuild starts the worker once.
const buildCardDrawing = oncePerBuild(async (): Promise<CardDrawing | undefined> => {
  const cards = await getPreviewCards();
  if (!drawBeside(cards.length)) return undefined;
  const drawing = new CardDrawing({
    cards,
    site: cardSite(import.meta.env.SITE),
    cacheDir: cardCacheDir(process.env['FIELD_GUIDE_CARD_CACHE'], process.cwd()),
    projectRoot: process.cwd(),
  });
  void drawing.finished.then(
    (ms) => ms !== undefined && addStageDuration('link-preview cards, drawn beside the pages', ms),
  );
  return drawing;
});

/** The PNG drawn for the card at `route` beside the pages, or undefined (in dev, or when it was not drawn there). */
export async function cardDrawnBeside(route: string): Promise<Uint8Array | undefined> {
  return import.meta.env.DEV ? undefined : (await buildCardDrawing())?.png(route);
}
