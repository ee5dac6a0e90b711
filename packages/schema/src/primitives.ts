import { z } from 'zod';
import { durationUnits } from './enums.js';

/** A calendar date written as YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine(isRealCalendarDate, { error: 'invalid_date' })
  .meta({ id: 'Date', description: 'A date as YYYY-MM-DD', format: 'date' });

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const emailSchema = z.email({ error: 'invalid_email' }).describe('An email address');

export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9\s\-()]{2,19}$/, { error: 'invalid_phone' })
  .describe('A phone number, e.g. 02-1234-5678');

export const urlSchema = z
  .url({ protocol: /^https?$/, error: 'invalid_url' })
  .describe('A web address (http or https)');

/** ISO 3166-1 alpha-2 country code, e.g. KR, US, JP. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'invalid_country' })
  .describe('ISO 3166-1 alpha-2 country code, e.g. "US"');

/** A short identifier used to cross-reference entries (e.g. a purpose id in collected items). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'invalid_id' })
  .describe('An identifier in lower-case letters, digits and hyphens');

export const durationSchema = z
  .strictObject({
    value: z.number().int().positive().describe('How many units'),
    unit: z.enum(durationUnits).describe('days, months or years'),
  })
  .meta({ id: 'Duration', description: 'A length of time, e.g. { "value": 5, "unit": "years" }' });

export type Duration = z.infer<typeof durationSchema>;
