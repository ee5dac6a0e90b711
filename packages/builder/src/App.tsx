import {
  deriveLabels,
  type Locale,
  type Policy,
  resolveWords,
  type Translation,
} from '@privacy-label-kit/schema/core';
import policySchemaJson from '@privacy-label-kit/schema/policy.schema.json' with { type: 'json' };
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { ConfirmDialog } from './ConfirmDialog.js';
import { checkDraft, errorSchemaFor, type Problem, topLevelField } from './checks.js';
import { DownloadStep } from './DownloadStep.js';
import { type Draft, loadDraft, saveDraft, saveDraftBeforeLeaving } from './drafts.js';
import { Findings } from './Findings.js';
import { StartStep } from './StartStep.js';
import { formSteps, localizeSchema, stepSchema } from './schemaForm.js';
import { GlobalStyle } from './styles.js';
import { loadTemplate } from './templates.js';
import { builderEn } from './words/en.js';
import { builderKo } from './words/ko.js';
import type { BuilderWords, StepId, TemplateId } from './words/words.js';

// The form library (react-jsonschema-form with ajv) and the page preview (the React components) load after the first
// page: a new user's first screen is the start step, which needs neither.
const StepForm = lazy(() => import('./StepForm.js').then((module) => ({ default: module.StepForm })));
const Preview = lazy(() => import('./Preview.js').then((module) => ({ default: module.Preview })));

const builderTranslations: readonly Translation[] = [builderKo, builderEn];
const languages = ['ko', 'en'] as const;
type Language = (typeof languages)[number];

const localeKey = 'privacy-label-builder:locale';
function initialLocale(): Language {
  // A link may ask for a language (the English docs open ?lang=en); otherwise the last choice, then Korean.
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'en' || asked === 'ko') return asked;
  const saved = globalThis.localStorage?.getItem(localeKey);
  return saved === 'en' || saved === 'ko' ? saved : 'ko';
}

const Page = styled.div.withConfig({ componentId: 'builder-page' })`
  min-height: 100vh;
  display: grid;
  grid-template-rows: auto 1fr;
`;

const Header = styled.header.withConfig({ componentId: 'builder-header' })`
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem 1.5rem;
  align-items: center;
  justify-content: space-between;
  padding: 0.75rem clamp(1rem, 3vw, 2rem);
  border-bottom: 1px solid var(--line);
  background: var(--surface);
  h1 { font-size: 1.25rem; margin: 0; }
  p { margin: 0; color: var(--muted); font-size: 0.9375rem; }
`;

const Tools = styled.div.withConfig({ componentId: 'builder-tools' })`
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  align-items: center;
  label { font-weight: 600; }
  select { width: auto; }
`;

const Main = styled.main.withConfig({ componentId: 'builder-main' })`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 0;
  align-items: start;
  @media (max-width: 62rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

const FormColumn = styled.div.withConfig({ componentId: 'builder-form-column' })`
  padding: 1.25rem clamp(1rem, 3vw, 2rem) 3rem;
  min-width: 0;
`;

const StepList = styled.ol.withConfig({ componentId: 'builder-step-list' })`
  list-style: none;
  display: flex;
  flex-wrap: wrap;
  gap: 0.375rem;
  margin: 0 0 1.25rem;
  padding: 0;
  button {
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    border-radius: 999px;
    border: 1px solid var(--line);
    background: #fff;
  }
  button[aria-current='step'] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 700; }
  .count { display: inline-block; margin-left: 0.375rem; font-weight: 700; color: var(--error); }
  button[aria-current='step'] .count { color: #fff; }
  /* On a phone the steps stay on one line that scrolls sideways, so the form starts near the top of the screen. */
  @media (max-width: 40rem) {
    flex-wrap: nowrap;
    overflow-x: auto;
    /* Holds the count's visually hidden words inside the scroller: positioned further up, they widened the page. */
    position: relative;
    padding-bottom: 0.375rem;
    button { white-space: nowrap; }
  }
`;

const StepHeading = styled.h2.withConfig({ componentId: 'builder-step-heading' })`
  font-size: 1.5rem;
  margin: 0 0 0.25rem;
  &:focus { outline: none; }
  &:focus-visible { outline: 3px solid var(--accent); }
`;

const StepIntro = styled.p.withConfig({ componentId: 'builder-step-intro' })`
  margin: 0 0 1.25rem;
  color: var(--muted);
`;

const StepButtons = styled.div.withConfig({ componentId: 'builder-step-buttons' })`
  display: flex;
  justify-content: space-between;
  gap: 0.75rem;
  margin-top: 1.5rem;
  button {
    min-height: 48px;
    min-width: 7rem;
    padding: 0.5rem 1.25rem;
    border-radius: 6px;
    border: 1px solid var(--accent);
    background: #fff;
    color: var(--accent);
    font-weight: 700;
  }
  button.primary { background: var(--accent); color: #fff; margin-left: auto; }
`;

const Status = styled.p.withConfig({ componentId: 'builder-status' })`
  margin: 0;
  font-size: 0.875rem;
  color: var(--muted);
  min-height: 1.3em;
`;

function nowLabel(date: Date, locale: Language): string {
  return date.toLocaleTimeString(locale === 'ko' ? 'ko-KR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

type PendingReplace = { what: string; apply: () => void | Promise<void> };

export function App() {
  const [locale, setLocale] = useState<Language>(initialLocale);
  const words = resolveWords('builder', locale, builderTranslations) as BuilderWords;
  const schemaWords = resolveWords('schema', locale);
  const localized = useMemo(
    () => localizeSchema(policySchemaJson as Record<string, unknown>, words, schemaWords),
    [words, schemaWords],
  );
  const formStepList = useMemo(() => formSteps(policySchemaJson as Record<string, unknown>), []);
  const stepIds: StepId[] = useMemo(
    () => ['start', ...formStepList.map((step) => step.id), 'download'],
    [formStepList],
  );

  const [draft, setDraft] = useState<Record<string, unknown> | undefined>(undefined);
  const [source, setSource] = useState<Draft['source']>(undefined);
  const [stepIndex, setStepIndex] = useState(0);
  const [restored, setRestored] = useState<{ savedAt: string } | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState('');
  const [openError, setOpenError] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<PendingReplace | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepList = useRef<HTMLOListElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = words.appTitle;
    globalThis.localStorage?.setItem(localeKey, locale);
  }, [locale, words]);

  // Restore the autosaved draft once (the words of the moment only word the message; a language switch must not
  // restore again, so they are read through a ref).
  const current = useRef({ words, locale });
  current.current = { words, locale };
  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .then((saved) => {
        if (cancelled || !saved) return;
        setDraft(saved.policy);
        setSource(saved.source);
        setRestored({ savedAt: saved.savedAt });
        const { words: now, locale: language } = current.current;
        setStatus(now.autosave.restored(nowLabel(new Date(saved.savedAt), language)));
        const index = stepIds.indexOf(saved.step as StepId);
        setStepIndex(Math.max(index, 0));
      })
      .catch(() => undefined)
      .finally(() => !cancelled && setLoaded(true));
    return () => {
      cancelled = true;
    };
  }, [stepIds]);

  // Autosave a moment after each change.
  const stepId = stepIds[stepIndex] ?? 'start';
  const [autosave, setAutosave] = useState<'idle' | 'pending' | 'saved' | 'failed'>('idle');
  const unsaved = useRef<Draft | undefined>(undefined);
  useEffect(() => {
    if (!loaded || !draft) return;
    const savedAt = new Date();
    const pending: Draft = {
      policy: draft,
      ...(source ? { source } : {}),
      step: stepId,
      savedAt: savedAt.toISOString(),
    };
    unsaved.current = pending;
    setAutosave('pending');
    const timer = setTimeout(() => {
      saveDraft(pending)
        .then(() => {
          // A newer change waits for its own save: until it lands, the draft is not "saved".
          if (unsaved.current !== pending) return;
          unsaved.current = undefined;
          setAutosave('saved');
          setStatus(words.autosave.saved(nowLabel(savedAt, locale)));
        })
        .catch(() => {
          setAutosave('failed');
          setStatus(words.autosave.failed);
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, source, stepId, loaded, words, locale]);
  // A tab closed or reloaded in the moment before the next save still writes what was typed last.
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) saveDraftBeforeLeaving(unsaved.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // Focus the step's heading when the person moves between steps (not on first load).
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    stepList.current
      ?.querySelectorAll('button')
      [stepIndex]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [stepIndex]);

  const goTo = useCallback((index: number) => {
    moved.current = true;
    setStepIndex(index);
    window.scrollTo({ top: 0 });
  }, []);

  const deferredDraft = useDeferredValue(draft);
  const check = useMemo(
    () => (deferredDraft ? checkDraft(deferredDraft, locale) : undefined),
    [deferredDraft, locale],
  );
  const lastValid = useRef<Policy | undefined>(undefined);
  if (check?.policy) lastValid.current = check.policy;
  const previewPolicy = check?.policy ?? lastValid.current;
  const labels = useMemo(
    () => (previewPolicy ? deriveLabels(previewPolicy, { locale: locale as Locale }) : []),
    [previewPolicy, locale],
  );

  const problems = check?.problems ?? [];
  const describe = useCallback(
    (problem: Problem) =>
      problem.severity === 'invalid'
        ? problem.message
        : `${words.findings.severity[problem.severity]}: ${problem.message} ${words.findings.fix}: ${problem.fix ?? ''}`,
    [words],
  );
  const problemsByStep = useMemo(() => {
    const counts: Partial<Record<StepId, number>> = {};
    for (const problem of problems) {
      const field = topLevelField(problem);
      const step = formStepList.find((candidate) => field && candidate.fields.includes(field));
      if (step) counts[step.id] = (counts[step.id] ?? 0) + 1;
    }
    return counts;
  }, [problems, formStepList]);

  const replaceDraft = (what: string, apply: () => void | Promise<void>) => {
    if (draft) setPending({ what, apply });
    else void apply();
  };

  const startFromTemplate = (id: TemplateId) =>
    replaceDraft(words.templates[id].name, async () => {
      const policy = await loadTemplate(id);
      setDraft(policy);
      setSource({ kind: 'template', id });
      setOpenError(undefined);
      goTo(1);
    });

  const openFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOpenError(words.openFile.unreadable);
      return;
    }
    const { parsePolicyText } = await import('./policyText.js');
    const parsed = parsePolicyText(text, locale);
    if (!parsed.ok) {
      const problem =
        'notAnObject' in parsed
          ? words.openFile.notAPolicy
          : words.openFile.notJson(parsed.line, parsed.column, parsed.detail);
      setOpenError(`${file.name}: ${problem} ${words.openFile.fixHint}`);
      return;
    }
    replaceDraft(file.name, () => {
      const { $schema: _hint, ...policy } = parsed.value;
      setDraft(policy);
      setSource({ kind: 'file', name: file.name });
      setOpenError(undefined);
      const errors = checkDraft(policy, locale).problems.filter((problem) => problem.severity === 'invalid');
      setStatus(errors.length > 0 ? words.openFile.invalid(errors.length) : words.openFile.opened(file.name));
      goTo(1);
    });
  };

  const saveFile = useCallback(() => {
    if (!draft) return;
    const name = 'privacy-policy.json';
    const blob = new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(words.saveFile.saved(name));
  }, [draft, words]);

  const formStep = formStepList.find((step) => step.id === stepId);
  const stepForm = useMemo(
    () => (formStep ? stepSchema(localized, formStep.fields) : undefined),
    [localized, formStep],
  );
  const extraErrors = useMemo(
    () => (formStep ? errorSchemaFor(problems, formStep.fields, describe) : {}),
    [problems, formStep, describe],
  );
  const stepData = useMemo(() => {
    if (!formStep || !draft) return {};
    return Object.fromEntries(formStep.fields.filter((key) => key in draft).map((key) => [key, draft[key]]));
  }, [formStep, draft]);
  const onStepChange = useCallback(
    (data: Record<string, unknown>) => {
      if (!formStep) return;
      setDraft((current) => {
        const next: Record<string, unknown> = { ...(current ?? {}) };
        for (const key of formStep.fields) {
          if (data[key] === undefined) delete next[key];
          else next[key] = data[key];
        }
        return next;
      });
    },
    [formStep],
  );

  const goToProblem = (problem: Problem) => {
    const field = topLevelField(problem);
    const index = stepIds.findIndex((id) =>
      formStepList.find((step) => step.id === id)?.fields.includes(field ?? ''),
    );
    if (index < 0) return;
    moved.current = false;
    setStepIndex(index);
    // After the step renders, focus the field (or the closest enclosing one that exists).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        for (let length = problem.path.length; length > 0; length--) {
          const id = ['root', ...problem.path.slice(0, length).map(String)].join('_');
          const element =
            document.getElementById(`${id}_ko`) ??
            document.getElementById(id) ??
            document.getElementById(`${id}__title`);
          if (element) {
            if (!element.matches('input, select, textarea, button, [tabindex]'))
              element.setAttribute('tabindex', '-1');
            element.focus();
            element.scrollIntoView({ block: 'center' });
            return;
          }
        }
      }),
    );
  };

  const total = stepIds.length;
  const stepWords = words.steps[stepId];
  const invalidCount = problems.filter((problem) => problem.severity === 'invalid').length;

  return (
    <Page>
      <GlobalStyle />
      <a className="skip-link" href="#step-heading">
        {words.skipToForm}
      </a>
      <Header>
        <div>
          <h1>{words.appTitle}</h1>
          <p>{words.tagline}</p>
        </div>
        <Tools>
          <label htmlFor="language">{words.languageSwitch}</label>
          <select
            id="language"
            value={locale}
            onChange={(event) => setLocale(event.target.value as Language)}
          >
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {words.languageNames[language]}
              </option>
            ))}
          </select>
          {draft ? (
            <button type="button" className="text-button" onClick={saveFile}>
              {words.saveFile.button}
            </button>
          ) : null}
          <Status role="status" data-autosave={autosave}>
            {status}
          </Status>
        </Tools>
      </Header>
      <Main>
        <FormColumn>
          <nav aria-label={words.stepNavigation}>
            <StepList ref={stepList}>
              {stepIds.map((id, index) => {
                const count = problemsByStep[id] ?? 0;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      aria-current={index === stepIndex ? 'step' : undefined}
                      disabled={!draft && index > 0}
                      onClick={() => goTo(index)}
                    >
                      {index + 1}. {words.steps[id].title}
                      {count > 0 ? (
                        <span className="count">
                          <span aria-hidden="true">{count}</span>
                          <span className="visually-hidden">{words.problemsInStep(count)}</span>
                        </span>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </StepList>
          </nav>
          <section aria-labelledby="step-heading">
            <p className="step-of" style={{ margin: 0, color: 'var(--muted)' }}>
              {words.stepOf(stepIndex + 1, total)}
            </p>
            <StepHeading id="step-heading" ref={headingRef} tabIndex={-1}>
              {stepWords.title}
            </StepHeading>
            <StepIntro>{stepWords.intro}</StepIntro>
            {stepId === 'start' ? (
              <StartStep
                words={words}
                hasDraft={Boolean(draft)}
                restoredAt={restored ? nowLabel(new Date(restored.savedAt), locale) : undefined}
                openError={openError}
                onTemplate={startFromTemplate}
                onOpenFile={openFile}
                onContinue={() => goTo(1)}
              />
            ) : null}
            {stepForm && draft ? (
              <Suspense fallback={<p aria-busy="true">…</p>}>
                <StepForm
                  key={`${stepId}-${locale}`}
                  schema={stepForm.schema}
                  uiSchema={stepForm.uiSchema}
                  formData={stepData}
                  extraErrors={extraErrors}
                  words={words}
                  onChange={onStepChange}
                />
              </Suspense>
            ) : null}
            {stepId === 'download' && draft ? (
              <DownloadStep
                words={words}
                locale={locale}
                policy={check?.policy}
                invalidCount={invalidCount}
                onSaveFile={saveFile}
              >
                <Findings words={words} problems={problems} describe={describe} onGoTo={goToProblem} />
              </DownloadStep>
            ) : null}
            <StepButtons>
              {stepIndex > 0 ? (
                <button type="button" onClick={() => goTo(stepIndex - 1)}>
                  {words.back}
                </button>
              ) : null}
              {stepIndex < total - 1 && draft ? (
                <button type="button" className="primary" onClick={() => goTo(stepIndex + 1)}>
                  {words.next}
                </button>
              ) : null}
            </StepButtons>
          </section>
        </FormColumn>
        <Suspense fallback={null}>
          <Preview
            words={words}
            locale={locale}
            policy={previewPolicy}
            labels={labels}
            stale={Boolean(draft) && !check?.policy && Boolean(previewPolicy)}
          />
        </Suspense>
      </Main>
      {pending ? (
        <ConfirmDialog
          words={words}
          what={pending.what}
          onReplace={async () => {
            const apply = pending.apply;
            setPending(undefined);
            await apply();
          }}
          onKeep={() => setPending(undefined)}
          onSaveFirst={saveFile}
        />
      ) : null}
    </Page>
  );
}
