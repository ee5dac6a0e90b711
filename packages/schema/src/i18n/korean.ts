import { josa, numberToHangul } from 'es-hangul';

/**
 * The particle pairs es-hangul chooses between (은/는, 이/가, 을/를, 와/과, (으)로, …), written as it writes them:
 * the form after a final consonant first, except 와/과.
 */
export type KoreanParticle = Parameters<typeof josa>[1];

/**
 * `word` followed by the particle that agrees with its last sound: "밀과 소금은", "주식회사 오로라는", "서울로".
 * es-hangul decides from the last Hangul syllable; a word that ends in digits is decided by how the number is read
 * (es-hangul's `numberToHangul`: 10 → 십), so "버전 2.0은", "10은", "3은" come out as spoken. Other endings (Latin
 * letters, punctuation) take the vowel form, as es-hangul does.
 */
export function withParticle(word: string, particle: KoreanParticle): string {
  // A part in brackets at the end adds to the name before it ("한빛상점(본점)", "오로라(Aurora Inc.)"): the particle
  // agrees with that name, as the National Institute of Korean Language advises — es-hangul alone reads ")" as a vowel
  // ending ("한빛상점(본점)는").
  const stem = word.replace(/\s*[([][^()[\]]*[)\]]$/, '') || word;
  const trailingNumber = /(\d{1,15})[)\]"'”’]*$/.exec(stem);
  const spoken = trailingNumber ? numberToHangul(Number(trailingNumber[1])) : stem;
  return word + josa(spoken, particle).slice(spoken.length);
}
