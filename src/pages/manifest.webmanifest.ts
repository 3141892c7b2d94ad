/** The web app manifest: the guide installs as an app that opens on its home page, with its icon. */
import type { APIRoute } from 'astro';
import { link } from '../data/link';
import { ROUTES } from '../lib/routes';
import { SITE_NAME, SITE_SHORT_NAME, SITE_DESCRIPTION } from '../lib/site';
import { ICON_SIZES } from './icons/[size].png';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE_NAME,
      short_name: SITE_SHORT_NAME,
      description: SITE_DESCRIPTION,
      start_url: link(ROUTES.home),
      scope: link(ROUTES.home),
      display: 'standalone',
      background_color: '#fdfcf8',
      theme_color: '#0a58a8',
      icons: ICON_SIZES.map((size) => ({
        src: link(`/icons/${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
