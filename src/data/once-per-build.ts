/**
 * A collection-wide result worked out once per build and shared by every page: content cannot change during a
 * build, and a 10,000-page build that sorted the catalog again for each page spent most of its time doing so. In
 * dev, content changes under the running server, so the work is done on every call.
 */
export function oncePerBuild<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? work() : (result ??= work()));
}
