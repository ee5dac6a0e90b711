import { z } from 'zod';

export const localizedTextSchema = z
  .strictObject({
    ko: z.string().trim().min(1).optional().describe('Korean text'),
    en: z.string().trim().min(1).optional().describe('English text'),
  })
  .refine((text) => text.ko !== undefined || text.en !== undefined, { error: 'missing_text' })
  .meta({
    id: 'LocalizedText',
    description: 'Text in Korean ("ko") and/or English ("en")',
    // What the refinement checks, said in JSON Schema terms so editors flag an empty object too.
    anyOf: [{ required: ['ko'] }, { required: ['en'] }],
  });
