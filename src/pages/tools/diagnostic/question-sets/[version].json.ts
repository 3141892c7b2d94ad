/**
 * Each question set's statements as a static JSON file, so an old run or link can be explained with the statements
 * it answered without the current page carrying every older set.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestionSets, type QuestionSet } from '../../../../data/collections';

export const getStaticPaths = (async () =>
  (await getQuestionSets()).map((set) => ({
    params: { version: String(set.version) },
    props: { set },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { version, timeFrame, questions } = (props as { set: QuestionSet }).set;
  return new Response(JSON.stringify({ version, timeFrame, questions }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
