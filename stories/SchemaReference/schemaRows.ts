/**
 * Flattens the policy JSON Schema into documentation rows (one per field, with dotted paths), so the schema reference
 * page is generated from `policy.schema.json` and can never drift from it.
 */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  default?: unknown;
  minItems?: number;
  $defs?: Record<string, JsonSchemaNode>;
}

export interface SchemaRow {
  path: string;
  depth: number;
  type: string;
  required: boolean;
  description?: string;
  values?: string[];
  defaultValue?: string;
}

/** Named shared types are shown by name instead of being expanded at every use. */
const namedTypes: Record<string, string> = {
  LocalizedText: 'text { ko, en }',
  Duration: 'duration { value, unit }',
  Date: 'date YYYY-MM-DD',
};

export function schemaRows(root: JsonSchemaNode): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const walk = (node: JsonSchemaNode, path: string, depth: number, required: boolean) => {
    const resolved = resolve(root, node);
    const row: SchemaRow = {
      path,
      depth,
      type: typeName(root, node),
      required,
      description: node.description ?? resolved.description,
    };
    const values = resolved.enum ?? resolved.items?.enum;
    if (values) row.values = values.map((value) => String(value));
    if (resolved.default !== undefined) row.defaultValue = JSON.stringify(resolved.default);
    if (path !== '') rows.push(row);
    if (node.$ref && namedTypes[refName(node.$ref)]) return;

    const objectNode = resolved.type === 'array' ? resolve(root, resolved.items ?? {}) : resolved;
    const prefix = resolved.type === 'array' ? `${path}[]` : path;
    if (objectNode.properties) {
      for (const [key, child] of Object.entries(objectNode.properties)) {
        if (key === '$schema' && depth === 0) continue;
        walk(
          child,
          prefix ? `${prefix}.${key}` : key,
          depth + 1,
          objectNode.required?.includes(key) ?? false,
        );
      }
    }
    for (const variant of objectNode.anyOf ?? objectNode.oneOf ?? []) {
      const variantNode = resolve(root, variant);
      const kind = variantNode.properties?.kind?.const;
      if (kind === undefined) continue;
      for (const [key, child] of Object.entries(variantNode.properties ?? {})) {
        if (key === 'kind') continue;
        walk(
          child,
          `${prefix}.${key} (kind: "${String(kind)}")`,
          depth + 1,
          variantNode.required?.includes(key) ?? false,
        );
      }
    }
  };
  walk(root, '', 0, true);
  return rows;
}

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

function resolve(root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode {
  if (!node.$ref) return node;
  const target = root.$defs?.[refName(node.$ref)];
  return target ? { ...target, ...node, $ref: undefined } : node;
}

function typeName(root: JsonSchemaNode, node: JsonSchemaNode): string {
  if (node.$ref) return namedTypes[refName(node.$ref)] ?? refName(node.$ref);
  if (node.type === 'array' && node.items) return `list of ${typeName(root, node.items)}`;
  if (node.anyOf || node.oneOf) {
    const kinds = (node.anyOf ?? node.oneOf ?? [])
      .map((variant) => resolve(root, variant).properties?.kind?.const)
      .filter((kind) => kind !== undefined);
    if (kinds.length > 0) return `one of ${kinds.length} kinds`;
  }
  if (node.enum) return 'choice';
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
}
