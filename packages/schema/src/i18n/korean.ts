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
  const latin = trailingNumber ? undefined : /[A-Za-z]+$/.exec(stem.replace(/[."'”’]+$/, ''))?.[0];
  const spoken = trailingNumber
    ? numberToHangul(Number(trailingNumber[1]))
    : latin
      ? latinEnding(latin)
      : stem;
  return word + josa(spoken, particle).slice(spoken.length);
}

/**
 * A Hangul syllable that ends as a Latin-script name is read aloud, for choosing its particle: "Coupang" (쿠팡) and
 * "Apple" (애플) end in a consonant ("Coupang은", "Apple은"), "Kakao" (카카오) and "Naver" (네이버) in a vowel; an
 * acronym is read letter by letter ("NHN" 엔에이치엔은, "LG" 엘지는). A rule of thumb for names, not a pronouncing
 * dictionary: it follows how loanwords are written in Hangul (final m, n, ng, l; k, p, t after a vowel; -le, -me, -ne).
 */
function latinEnding(word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) {
    const last = word.at(-1)!;
    return last === 'L' || last === 'R' ? '갈' : last === 'M' || last === 'N' ? '감' : '가';
  }
  const lower = word.toLowerCase();
  if (/(?:l|le)$/.test(lower)) return '갈';
  if (/(?:m|n|ng|me|ne)$/.test(lower) || /[aeiou](?:ck|k|p|t)$/.test(lower) || /lk$/.test(lower)) return '감';
  return '가';
}
