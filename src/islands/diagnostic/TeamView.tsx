/** Compare several members' share links: per constraint, the median, the spread and each member's score. */
import { useState } from 'preact/hooks';
import { decodeShare, type SharedResult } from '../../lib/diagnostic/share';
import { answersCarriedSentence, formatPooledAnswers, poolAnswers } from '../../lib/diagnostic/pooled-answers';
import { MAX_TEAM_LINKS, summarizeTeam } from '../../lib/diagnostic/team';
import { downloadText } from '../download';
import DotPlot from '../pictures/DotPlot';
import type { ConstraintInfo } from './types';
import ScrollBox from '../ScrollBox';

interface Props {
  constraints: readonly ConstraintInfo[];
  currentQuestionSetVersion: number;
  methodHref: string;
}

export default function TeamView({ constraints, currentQuestionSetVersion, methodHref }: Props) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<SharedResult[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const name = (id: string) => constraints.find((c) => c.id === id)?.name ?? id;

  const compare = () => {
    const lines = text.split(/\s+/).filter((line) => line.trim() !== '');
    const found: SharedResult[] = [];
    const errors: string[] = [];
    if (lines.length > MAX_TEAM_LINKS) errors.push(`Only the first ${MAX_TEAM_LINKS} links are compared.`);
    lines.slice(0, MAX_TEAM_LINKS).forEach((line, index) => {
      const decoded = decodeShare(line);
      if (decoded.ok) found.push(decoded.result);
      else errors.push(`Link ${index + 1}: ${decoded.error}`);
    });
    setResults(found);
    setProblems(errors);
  };

  const pooled = poolAnswers(results);
  const downloadAnswers = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`diagnostic-answers-${day}.jsonl`, formatPooledAnswers(pooled.lines), 'application/x-ndjson');
  };

  const summary = results.length > 0 ? summarizeTeam(results) : undefined;
  const older = results.filter((r) => r.questionSetVersion < currentQuestionSetVersion).length;
  return (
    <section class="team" aria-labelledby="team-title">
      <h2 id="team-title">Team view</h2>
      <p>Paste up to {MAX_TEAM_LINKS} share links from your team, one per line. Everything stays in this browser.</p>
      <label for="team-links">Share links</label>
      <textarea
        id="team-links"
        rows={5}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="tool-actions">
        <button type="button" class="button" onClick={compare}>
          Compare
        </button>
      </p>
      <div aria-live="polite" data-team-result>
        {problems.length > 0 && (
          <ul class="notice warning" data-team-problems>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {older > 0 && (
          <p class="notice" data-old-version>
            {older} of these links used an older question set. Their statements differ from the current set’s, so their
            scores are shown as they were and compared with care.
          </p>
        )}
        {summary && (
          <>
            {summary.mostDisagreement && (
              <p data-most-disagreement={summary.mostDisagreement}>
                The team disagrees most about <strong>{name(summary.mostDisagreement)}</strong>. Start the conversation
                there.
              </p>
            )}
            <p data-answers-carried>
              {answersCarriedSentence(pooled)}
              {pooled.lines.length === 0 &&
                ' Members who tick “Include my answers” before copying their link add theirs.'}
            </p>
            {pooled.lines.length > 0 && (
              <p class="tool-actions">
                <button type="button" class="button" onClick={downloadAnswers}>
                  Download the answers for analysis
                </button>{' '}
                <a href={`${methodHref}#own-data`}>What the file holds and how to analyze it</a>
              </p>
            )}
            <DotPlot summary={summary} members={results.length} nameOf={name} who={`${results.length} members`} />
            <ScrollBox label={`${results.length} members’ scores`}>
              <table class="team-table">
                <caption>{results.length} members’ scores</caption>
                <thead>
                  <tr>
                    <th scope="col">Constraint</th>
                    <th scope="col">Median</th>
                    <th scope="col">Spread</th>
                    {results.map((_, i) => (
                      <th scope="col" key={i}>
                        Member {i + 1}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.rows.map((row) => (
                    <tr key={row.id} data-team-row={row.id}>
                      <th scope="row">{name(row.id)}</th>
                      <td data-median>{row.median ?? '—'}</td>
                      <td data-spread>{row.spread ?? '—'}</td>
                      {row.members.map((score, i) => (
                        <td key={i}>{score ?? '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
      </div>
    </section>
  );
}
