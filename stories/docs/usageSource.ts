import { examplePolicies } from '../fixtures/examplePolicies.js';

/**
 * "Show code" as a user writes it: the policy imported from its JSON file and checked once, labels derived from it,
 * an icon imported on its own — instead of Storybook's dump of the serialised arguments (16 KB for one policy).
 * Use as `parameters.docs.source.transform = usageSource('PrivacyPolicy')`.
 */
export function usageSource(component: string) {
  return (
    _code: string,
    context: { args?: Record<string, unknown>; globals?: Record<string, unknown> },
  ): string => {
    const args = { ...(context.args ?? {}) };
    const locale =
      (args.locale as string | undefined) ?? (context.globals?.locale as string | undefined) ?? 'ko';
    const example =
      (args.example as string | undefined) ??
      Object.entries(examplePolicies).find(([, policy]) => policy === args.policy)?.[0] ??
      'my-policy';
    delete args.example;
    // Playground stories pick an icon by id; the user imports that icon.
    if (typeof args.iconId === 'string') {
      args.icon = { id: args.iconId };
      delete args.iconId;
    }
    // Components that show policy words get the language the story renders in (from the toolbar when not set).
    if (['policy', 'labels', 'label'].some((key) => key in args) && !('locale' in args)) args.locale = locale;

    const imports = new Map<string, Set<string>>([['@privacy-label-kit/react', new Set([component])]]);
    const use = (from: string, name: string) => imports.set(from, (imports.get(from) ?? new Set()).add(name));
    const setup: string[] = [];
    const props: string[] = [];
    const needsPolicy = ['policy', 'labels', 'label'].some((key) => key in args);

    for (const [key, value] of Object.entries(args)) {
      if (value === undefined) continue;
      if (key === 'policy' || key === 'labels' || key === 'translations') props.push(`${key}={${key}}`);
      else if (key === 'label') {
        const id = (value as { id?: string }).id ?? 'retention';
        setup.push(`const label = labels.find((candidate) => candidate.id === '${id}');`);
        props.push('label={label}');
      } else if (key === 'icon') {
        const id = (value as { id?: string }).id ?? 'retention';
        const name = id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
        imports.set(`@privacy-label-kit/icons/icons/${id}`, new Set([`default as ${name}`]));
        props.push(`icon={${name}}`);
      } else if (typeof value === 'string') props.push(`${key}="${value}"`);
      else if (typeof value === 'number' || typeof value === 'boolean') props.push(`${key}={${value}}`);
    }
    if (needsPolicy) {
      use('@privacy-label-kit/schema', 'assertPolicy');
      setup.unshift(
        `import policyJson from './${example}.json';`,
        '',
        '// Checks the data once: a wrong field throws, naming its JSON path and the fix.',
        'const policy = assertPolicy(policyJson);',
      );
      if ('labels' in args || 'label' in args) {
        use('@privacy-label-kit/schema', 'deriveLabels');
        setup.splice(4, 0, `const labels = deriveLabels(policy, { locale: '${locale}' });`);
      }
    }
    const importLines = [...imports].map(([from, names]) => {
      const list = [...names];
      const defaultImport = list.find((name) => name.startsWith('default as '));
      return defaultImport
        ? `import ${defaultImport.slice('default as '.length)} from '${from}';`
        : `import { ${list.sort().join(', ')} } from '${from}';`;
    });
    const element =
      props.length <= 2
        ? `<${component} ${props.join(' ')} />`
        : `<${component}\n  ${props.join('\n  ')}\n/>`;
    return [...importLines, ...setup, '', element].join('\n');
  };
}
