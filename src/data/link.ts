import { withBase } from '../lib/paths';

/** A route (src/lib/routes.ts) as a link on this build: the base path in front, for hosting under a sub-path. */
export const link = (path: string): string => withBase(path, import.meta.env.BASE_URL);
