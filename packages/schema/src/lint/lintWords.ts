import type {
  ChangeImpact,
  ChangeKind,
  DiffArea,
  DiffReason,
  DiffSubjectWord,
} from '../diff/diffPolicies.js';
import type { LocalizedText } from '../text.js';
import type { LintRuleId, LintRuleParams, LintSeverity } from './rules.js';

/** Puts policy text into the language of the words (along its fallback chain). */
export type TextInLocale = (value: LocalizedText) => string;

/** The words of one lint rule in one language. */
export interface LintRuleWords<Params> {
  /** A short name for lists and docs: "선택 목적에 필수 동의". */
  title: string;
  /** What the rule checks and why, for the rule reference. */
  description: string;
  /** What is wrong, naming what the policy says. */
  message(params: Params, text: TextInLocale): string;
  /** What to change. */
  fix(params: Params, text: TextInLocale): string;
}

/** The checks' words (`lintPolicy`). */
export interface LintWords {
  severities: Record<LintSeverity, string>;
  rules: { [Id in LintRuleId]: LintRuleWords<LintRuleParams[Id]> };
  /** "오류 2개, 경고 1개, 참고 0개" / "2 errors, 1 warning, 0 notices". */
  summary(counts: Record<LintSeverity, number>): string;
  /** When nothing was found. */
  clean: string;
}

/** The words of `diffPolicies`: what changed, where, and why it matters. */
export interface DiffWords {
  areas: Record<DiffArea, string>;
  impacts: Record<ChangeImpact, string>;
  kinds: Record<ChangeKind, string>;
  reasons: Record<DiffReason, string>;
  /** "처리 목적: 맞춤형 콘텐츠 추천" — `names` already in the language, possibly many. */
  subject(area: DiffArea, names: readonly string[]): string;
  /** Subjects named in the kit's words: "맞춤형 광고", "개인정보 보호책임자" … */
  subjects: Record<DiffSubjectWord, string>;
  yes: string;
  no: string;
  /** A refusal value where the user cannot refuse at all. */
  cannotRefuse: string;
}

/** The words of a change notice and a comparison table (신구대조표), for the page and for exported files. */
export interface ChangeNoticeWords {
  title: string;
  /** "도토리톡 주식회사는 2026. 2. 4.부터 개인정보 처리방침을 바꿉니다." */
  headline(values: { controller: string; effectiveOn: string; version?: string }): string;
  /** "2025. 12. 19.에 알립니다(시행 47일 전)." */
  announced(values: { announcedOn: string; days: number }): string;
  /** One sentence on the change as a whole. */
  overall: Record<ChangeImpact, string>;
  changesHeading: string;
  labelsHeading: string;
  /** A label's caption before and after: "바뀌기 전: …" */
  labelBefore: string;
  labelAfter: string;
  newFlag: string;
  objectHeading: string;
  /** Deemed consent: silence by the deadline counts as consent. */
  deadline(values: { subject: string; days: number; deadline: string }): string;
  howToObject: string;
  refusalEffect: string;
  findingsHeading: string;
  /** Said to the policy's author above the findings. */
  findingsIntro: string;
  comparisonTitle: string;
  /** "2025. 6. 2. 시행 방침과 2026. 2. 4. 시행 방침 비교" */
  comparisonCaption(values: { before: string; after: string }): string;
  columns: { area: string; subject: string; before: string; after: string; impact: string; reason: string };
  /** In a before/after cell where the entry did not exist. */
  absent: string;
  noChanges: string;
  /** "이전 버전의 처리방침" link text and version periods. */
  previousVersions: string;
}
