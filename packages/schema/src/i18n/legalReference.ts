import type { LawId, LegalReference } from '../labels/defineLabel.js';

/** An article as the law numbers it, split into its parts: "30(1)(3-2)" → article 30, paragraph 1, subparagraph 3-2. */
export interface ArticleParts {
  article: string;
  branch?: string;
  paragraph?: string;
  subparagraph?: string;
  subparagraphBranch?: string;
}

const articlePattern = /^(\d+)(?:-(\d+))?(?:\((\d+)\))?(?:\((\d+)(?:-(\d+))?\))?$/;

export function articleParts(article: string): ArticleParts {
  const match = articlePattern.exec(article);
  if (!match) throw new Error(`Article "${article}" is not written as 30, 28-8, 30(1) or 30(1)(3-2)`);
  const [, main, branch, paragraph, subparagraph, subparagraphBranch] = match;
  return {
    article: main!,
    ...(branch ? { branch } : {}),
    ...(paragraph ? { paragraph } : {}),
    ...(subparagraph ? { subparagraph } : {}),
    ...(subparagraphBranch ? { subparagraphBranch } : {}),
  };
}

/** References grouped by law, in order: each law once, with its articles ("35~38" stays one range). */
export function groupByLaw(references: readonly LegalReference[]): Array<{ law: LawId; articles: string[] }> {
  const groups: Array<{ law: LawId; articles: string[] }> = [];
  for (const reference of references) {
    let group = groups.find((candidate) => candidate.law === reference.law);
    if (!group) {
      group = { law: reference.law, articles: [] };
      groups.push(group);
    }
    if (reference.article) group.articles.push(reference.article);
  }
  return groups;
}
