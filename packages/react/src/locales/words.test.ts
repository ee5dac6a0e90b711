import { labelIds } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders, messages, refusalMessages, sectionHeading } from './messages.js';

const entries = Object.entries(messages).flatMap(([group, catalog]) =>
  Object.entries(catalog).map(
    ([key, text]) => [`${group}.${key}`, text as { ko?: string; en?: string }] as const,
  ),
);

describe('the message catalog', () => {
  it('has every message in Korean and in English', () => {
    const missing = entries
      .filter(([, text]) => !text.ko?.trim() || !text.en?.trim())
      .map(([key, text]) => `${key}: ${!text.ko?.trim() ? 'ko' : 'en'} is missing`);
    expect(missing).toEqual([]);
    expect(entries.length).toBeGreaterThan(150);
  });

  it('uses the same {placeholders} in both languages', () => {
    const mismatched = entries
      .filter(([, text]) => messagePlaceholders(text.ko!).join() !== messagePlaceholders(text.en!).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('names the section of every label in both languages', () => {
    for (const id of labelIds) {
      expect(sectionHeading(id, 'ko'), id).toMatch(/\p{Script=Hangul}/u);
      expect(sectionHeading(id, 'en'), id).toMatch(/^[A-Z]/);
    }
  });

  it('fills placeholders and refuses to print a raw {name}', () => {
    expect(formatMessage(messages.rights, 'responseTime', 'en', { within: '10 days' })).toBe(
      'We answer within 10 days of receiving your request.',
    );
    expect(() => formatMessage(messages.rights, 'responseTime', 'ko')).toThrow(
      'Message "responseTime" needs a value for {within}',
    );
    expect(() => formatMessage(messages.rights, 'responseTime', 'ko', { other: 1 })).toThrow(
      'Message "responseTime" needs a value for {within}',
    );
  });

  it('tells the developer where to add an unknown key', () => {
    expect(() => formatMessage(refusalMessages, 'nope' as 'canRefuse', 'ko')).toThrow(
      'add it to packages/react/src/messages.ts',
    );
  });
});
