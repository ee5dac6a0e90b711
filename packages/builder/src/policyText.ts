// Reading a policy file someone opens: the export package's JSON reader (the CLI's), so a syntax error gets the
// same line, column and plain reason in Korean or English as `privacy-label validate` gives. Loaded when a file is
// opened (it shares the export core's chunk with the download).
import { parseJson } from '@privacy-label-kit/export/core';

export type PolicyTextResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; line: number; column: number; detail: string }
  | { ok: false; notAnObject: true };

export function parsePolicyText(text: string, locale: 'ko' | 'en'): PolicyTextResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { ok: false, line, column, detail: message[locale] };
  }
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return { ok: false, notAnObject: true };
  }
  return { ok: true, value: parsed.value as Record<string, unknown> };
}
