/** The app icons the manifest names: the site's favicon drawn as PNG at each size, at build time, with Resvg. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../assets/favicon.svg?raw';

export const ICON_SIZES = [192, 512] as const;

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const size = Number(params['size']);
  const png = new Resvg(favicon, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
