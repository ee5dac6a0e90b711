// Reading a policy file someone opens. The line and column of a JSON syntax error come from the export package's
// parser once its browser-safe core exists; until then from the browser's own JSON.parse message.
export type PolicyTextResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; line: number; column: number; detail: string };

export function parsePolicyText(text: string): PolicyTextResult {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it, people do not see it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value = JSON.parse(source) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, line: 1, column: 1, detail: '{ … }' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
      return { ok: false, line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail: message };
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : source.length;
    const before = source.slice(0, offset).split('\n');
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, detail: message };
  }
}
