/**
 * What every page enhances once it has painted: the theme switch, the small-screen menu, the search dialog and the
 * section copy-link buttons. One module, so a page starts one request for all of them, after its first paint
 * (see `src/integrations/scripts-after-first-paint.mjs`). Each part does nothing on a page without its controls.
 */
import { initCopyLinks } from './copy-link';
import { initSearchDialog } from './search-dialog';
import { initSiteMenu } from './site-menu';
import { initThemeToggle } from './theme';

initThemeToggle();
initSiteMenu();
initSearchDialog();
initCopyLinks();
