// @ts-check
/**
 * Vite wraps every dynamic `import()` in a helper that preloads the imported chunk's CSS and module dependencies.
 * Here nothing needs it: stylesheets are inlined into each page (`build.inlineStylesheets: 'always'`, and no island
 * imports CSS), and module preloading is off. Yet the helper is a 0.9 KiB (gzip) file that every page with a lazy
 * import fetches before its first input. This Vite plugin gives the helper module a body that only calls the import.
 * It also turns module preloading off for the browser build (Astro sets it for every environment, so a top-level
 * option cannot), which drops the list of dependencies Vite otherwise writes beside every lazy import.
 * A test (tests/site/first-paint.test.ts) fails the build's output if any lazily loaded chunk ever ships CSS.
 * @returns {import('vite').Plugin}
 */
export function noPreloadHelper() {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'field-guide:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    resolveId(id) {
      return id === HELPER || id === 'vite/preload-helper.js' ? HELPER : undefined;
    },
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}
