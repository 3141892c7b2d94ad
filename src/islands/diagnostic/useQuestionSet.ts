import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../lib/diagnostic/answers';

/** The current question set, as the page passes it to the island. */
export interface CurrentSet {
  version: number;
  questions: readonly Question[];
}

const requests = new Map<string, Promise<Question[]>>();

/** Fetches an older question set's statements once per page (a static JSON file on this site). */
export function loadQuestionSet(setsHref: string, version: number): Promise<Question[]> {
  const url = `${setsHref}${version}.json`;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} for ${url}`))))
      .then((body: { questions?: unknown }) => {
        if (!Array.isArray(body.questions)) throw new Error(`${url} has no statements`);
        return body.questions as Question[];
      });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/**
 * The statements of a question set: the current one straight from the page, an older one (for an old run or link)
 * fetched on demand. Undefined while it loads, or when there is no version to load.
 */
export function useQuestionSet(
  version: number | undefined,
  current: CurrentSet,
  setsHref: string,
): readonly Question[] | undefined {
  const [loaded, setLoaded] = useState<{ version: number; questions: Question[] }>();
  useEffect(() => {
    if (version === undefined || version === current.version) return;
    let live = true;
    loadQuestionSet(setsHref, version).then(
      (questions) => live && setLoaded({ version, questions }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  if (version === undefined) return undefined;
  if (version === current.version) return current.questions;
  return loaded?.version === version ? loaded.questions : undefined;
}
