// The templates are the kit's example policies (assets/examples), loaded only when picked.
import type { TemplateId } from './words/words.js';

export const templateIds: readonly TemplateId[] = ['small-shop', 'bakery-cafe', 'clinic', 'mobile-app'];

const loaders: Record<TemplateId, () => Promise<{ default: unknown }>> = {
  'small-shop': () => import('../../../assets/examples/small-shop.json'),
  'bakery-cafe': () => import('../../../assets/examples/bakery-cafe.json'),
  clinic: () => import('../../../assets/examples/clinic.json'),
  'mobile-app': () => import('../../../assets/examples/kids-learning-app.json'),
};

/** A fresh copy of the template's policy, without the editor hint `$schema` (its path means nothing in a download). */
export async function loadTemplate(id: TemplateId): Promise<Record<string, unknown>> {
  const { default: policy } = await loaders[id]();
  const { $schema: _hint, ...rest } = structuredClone(policy) as Record<string, unknown>;
  return rest;
}
