/** The tie-break step's forced choices as a static JSON file, fetched only when a run reaches that step. */
import type { APIRoute } from 'astro';
import { getTieBreaks } from '../../../data/collections';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getTieBreaks()), { headers: { 'Content-Type': 'application/json' } });
