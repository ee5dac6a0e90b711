import { type Locale, lintRules, policyReviewWords } from '@privacy-label-kit/schema';

/**
 * Every rule of `lintPolicy`, from the rule registry and the words of `locale`: id, severity, title, what it checks,
 * the articles it cites and whether it needs the previous version. Generated, so it cannot drift from the checks.
 */
export function LintRules({ locale }: { locale: Locale }) {
  const words = policyReviewWords(locale);
  const ko = locale.startsWith('ko');
  return (
    <table data-lint-rules="">
      <caption>{ko ? `점검 규칙 ${lintRules.length}개` : `${lintRules.length} rules`}</caption>
      <thead>
        <tr>
          <th scope="col">{ko ? '규칙' : 'Rule'}</th>
          <th scope="col">{ko ? '심각도' : 'Severity'}</th>
          <th scope="col">{ko ? '점검 내용' : 'What it checks'}</th>
          <th scope="col">{ko ? '근거' : 'Source'}</th>
        </tr>
      </thead>
      <tbody>
        {lintRules.map((rule) => {
          const ruleWords = words.lint.rules[rule.id];
          return (
            <tr key={rule.id} data-rule={rule.id}>
              <th scope="row">
                {ruleWords.title}
                <br />
                <code>{rule.id}</code>
              </th>
              <td>{words.lint.severities[rule.severity]}</td>
              <td>
                {ruleWords.description}
                {'needsPrevious' in rule && rule.needsPrevious ? (
                  <>
                    {' '}
                    <em>
                      {ko
                        ? '(이전 버전과 비교할 때만: --previous)'
                        : '(only with the previous version: --previous)'}
                    </em>
                  </>
                ) : null}
              </td>
              <td>{words.format.legalReference(rule.legalReference)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
