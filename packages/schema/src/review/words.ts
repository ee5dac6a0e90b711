import type { ReplacedReason } from '../diff/diffPolicies.js';
import type { PurposeCategory, VideoDeviceKind } from '../enums.js';
import { resolveWords, type Translation } from '../i18n/translations.js';
import type { SchemaWords } from '../i18n/words.js';
import type { ChangeNoticeWords, DiffWords, LintWords } from '../lint/lintWords.js';
import type { Locale } from '../text.js';

/**
 * The words of the author's tools — the checks (`lintPolicy`), the version diff and the change notice — as a
 * translation part of their own (`review`), apart from the label words: a page that only shows labels does not carry
 * them.
 */
export interface ReviewWords {
  lint: LintWords;
  diff: DiffWords;
  changeNotice: ChangeNoticeWords;
  diffValues: DiffValueWords;
  /**
   * Why a list that gained some entries and lost others changes, naming both (names already in the language):
   * "처리하는 항목이 바뀝니다: 주민등록번호가 더해지고 비밀번호, 휴대전화번호가 빠집니다." Neither "more" nor "fewer" would be
   * true; `diff.reasons[reason]` says the same without the names.
   */
  diffReplaced: Record<
    ReplacedReason,
    (names: { added: readonly string[]; removed: readonly string[] }) => string
  >;
}

/** Values a change shows before and after that the schema's words do not name. */
export interface DiffValueWords {
  /** What a purpose is for (`purposes[].category`, or the one its DPV purpose implies); `unstated` when neither says. */
  purposeCategories: Record<PurposeCategory | 'unstated', string>;
  /** `videoDevices[].kind`: "고정형 영상정보처리기기" / "Fixed device". */
  videoDeviceKinds: Record<VideoDeviceKind, string>;
}

const combined = new WeakMap<SchemaWords, WeakMap<ReviewWords, PolicyReviewWords>>();

/** The schema's words together with the review words of `locale` (both along the fallback chain). */
export function policyReviewWords(locale: Locale, translations?: readonly Translation[]): PolicyReviewWords {
  const schema = resolveWords('schema', locale, translations);
  const review = resolveWords('review', locale, translations);
  let byReview = combined.get(schema);
  if (!byReview) {
    byReview = new WeakMap();
    combined.set(schema, byReview);
  }
  let words = byReview.get(review);
  if (!words) {
    words = { ...schema, ...review };
    byReview.set(review, words);
  }
  return words;
}

/** The schema's words and the review words of one language, as the checks and the diff compose their messages. */
export type PolicyReviewWords = SchemaWords & ReviewWords;
