import { styled } from 'styled-components';
import type { Problem } from './checks.js';
import type { BuilderWords } from './words/words.js';

const List = styled.ul.withConfig({ componentId: 'builder-findings' })`
  list-style: none;
  margin: 0 0 1.5rem;
  padding: 0;
  display: grid;
  gap: 0.75rem;
  li {
    border: 1px solid var(--line);
    border-left: 5px solid var(--muted);
    border-radius: 6px;
    padding: 0.75rem 1rem;
  }
  li[data-severity='invalid'], li[data-severity='error'] { border-left-color: var(--error); }
  li[data-severity='warning'] { border-left-color: var(--warning); }
  p { margin: 0 0 0.375rem; }
  .severity { font-weight: 700; }
  .path { font-family: ui-monospace, monospace; font-size: 0.8125rem; color: var(--muted); word-break: break-all; }
`;

export interface FindingsProps {
  words: BuilderWords;
  problems: readonly Problem[];
  describe: (problem: Problem) => string;
  onGoTo: (problem: Problem) => void;
}

/** Every validation error and check finding, each with a way to the field it concerns. */
export function Findings({ words, problems, onGoTo }: FindingsProps) {
  const invalid = problems.filter((problem) => problem.severity === 'invalid');
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const problem of problems) if (problem.severity !== 'invalid') counts[problem.severity]++;
  return (
    <section aria-labelledby="findings-heading">
      <h3 id="findings-heading">{words.findings.heading}</h3>
      <p>
        {invalid.length > 0
          ? words.findings.invalid(invalid.length)
          : problems.length === 0
            ? words.findings.none
            : words.findings.counts(counts.error, counts.warning, counts.notice)}
      </p>
      {problems.length > 0 ? (
        <List>
          {problems.map((problem) => (
            <li
              key={`${problem.severity} ${problem.jsonPath} ${problem.message}`}
              data-severity={problem.severity}
            >
              <p>
                {problem.severity === 'invalid' ? null : (
                  <span className="severity">{words.findings.severity[problem.severity]}: </span>
                )}
                {problem.message}
              </p>
              {problem.fix ? (
                <p>
                  <span className="severity">{words.findings.fix}: </span>
                  {problem.fix}
                </p>
              ) : null}
              {problem.citation ? (
                <p>
                  {words.findings.law}: {problem.citation}
                </p>
              ) : null}
              <p className="path">{problem.jsonPath}</p>
              <button type="button" className="text-button" onClick={() => onGoTo(problem)}>
                {words.findings.goToField}
              </button>
            </li>
          ))}
        </List>
      ) : null}
    </section>
  );
}
