// Korean particles agree with the word before them, also when that word is a name in Latin script: "Coupang는" reads
// wrong to every Korean reader, and "(는)" is never an answer.
import { describe, expect, it } from 'vitest';
import { withParticle } from './korean.js';

describe('withParticle', () => {
  it('follows the last syllable of Hangul, the spoken number, and the name before a bracket', () => {
    expect(withParticle('주식회사 오로라', '은/는')).toBe('주식회사 오로라는');
    expect(withParticle('밀과 소금', '은/는')).toBe('밀과 소금은');
    expect(withParticle('버전 2.0', '은/는')).toBe('버전 2.0은');
    expect(withParticle('한빛상점(본점)', '은/는')).toBe('한빛상점(본점)은');
  });

  it('reads a Latin-script name as it is written in Hangul', () => {
    const cases: Array<[string, string]> = [
      ['Coupang', 'Coupang은'],
      ['Samsung', 'Samsung은'],
      ['Amazon', 'Amazon은'],
      ['Apple', 'Apple은'],
      ['Google', 'Google은'],
      ['Line', 'Line은'],
      ['Facebook', 'Facebook은'],
      ['Daangn Market', 'Daangn Market은'],
      ['Kakao', 'Kakao는'],
      ['Naver', 'Naver는'],
      ['Uber', 'Uber는'],
      ['Toss', 'Toss는'],
      ['Microsoft', 'Microsoft는'],
      ['NHN', 'NHN은'],
      ['IBM', 'IBM은'],
      ['LG', 'LG는'],
      ['KT', 'KT는'],
      ['Aurora Inc.', 'Aurora Inc.는'],
    ];
    for (const [name, expected] of cases) expect(withParticle(name, '은/는'), name).toBe(expected);
    // (으)로 after ㄹ is 로: "Google로", after another consonant 으로: "Coupang으로".
    expect(withParticle('Google', '으로/로')).toBe('Google로');
    expect(withParticle('Coupang', '으로/로')).toBe('Coupang으로');
    expect(withParticle('Kakao', '이/가')).toBe('Kakao가');
  });
});
