// The builder's part of the kit's one language system: every word the builder shows around the policy's own text.
// Label captions, names of schema values and validation messages come from the schema's words, so the builder says
// what the page and the files say.
import type { Locale, Translation } from '@privacy-label-kit/schema/core';

export type StepId =
  | 'start'
  | 'business'
  | 'contacts'
  | 'items'
  | 'sharing'
  | 'online'
  | 'keeping'
  | 'rights'
  | 'more'
  | 'download';

export type TemplateId = 'small-shop' | 'bakery-cafe' | 'clinic' | 'mobile-app';

export interface FieldWords {
  /** The field's name in plain words. */
  label: string;
  /** One or two sentences under the field; without it the schema's own description shows. */
  help?: string;
}

export interface BuilderWords {
  appTitle: string;
  tagline: string;
  /** The language switch: its label and the name of each language in itself. */
  languageSwitch: string;
  languageNames: Record<string, string>;
  skipToForm: string;
  steps: Record<StepId, { title: string; intro: string }>;
  stepNavigation: string;
  stepOf: (step: number, total: number) => string;
  next: string;
  back: string;
  problemsInStep: (count: number) => string;
  start: {
    templatesHeading: string;
    startAs: (name: string) => string;
    importHeading: string;
    importHelp: string;
    importButton: string;
    continueDraft: string;
    draftFrom: (when: string) => string;
  };
  templates: Record<TemplateId, { name: string; description: string }>;
  /** Plain names of schema fields, by property name ("phone") or by dotted path where one name means two things. */
  fields: Record<string, FieldWords>;
  /** Names of schema values (enum members, kinds) the schema's words do not name. */
  values: Record<string, string>;
  localizedText: { ko: string; en: string };
  openFile: {
    button: string;
    notJson: (line: number, column: number, detail: string) => string;
    invalid: (count: number) => string;
    notAPolicy: string;
    fixHint: string;
    unreadable: string;
    opened: (name: string) => string;
  };
  saveFile: { button: string; saved: (name: string) => string };
  autosave: {
    saved: (time: string) => string;
    failed: string;
    restored: (time: string) => string;
  };
  confirmReplace: {
    title: string;
    body: (what: string) => string;
    replace: string;
    keep: string;
    saveFirst: string;
  };
  findings: {
    heading: string;
    none: string;
    invalid: (count: number) => string;
    counts: (errors: number, warnings: number, notices: number) => string;
    severity: Record<'error' | 'warning' | 'notice', string>;
    fix: string;
    goToField: string;
    law: string;
  };
  preview: {
    heading: string;
    tabs: { summary: string; page: string; print: string };
    lastValid: string;
    nothingYet: string;
    printIntro: string;
    printMake: string;
    printRemake: string;
    printStale: string;
  };
  download: {
    heading: string;
    intro: string;
    zipButton: string;
    jsonButton: string;
    making: string;
    made: (files: number, seconds: string) => string;
    failed: (reason: string) => string;
    fixFirst: string;
  };
  rjsf: Record<string, string>;
}

declare module '@privacy-label-kit/schema/core' {
  interface TranslationWords {
    builder: BuilderWords;
  }
}

export type BuilderTranslation = Translation & { locale: Locale; words: { builder: BuilderWords } };
