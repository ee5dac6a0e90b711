// A deliberately small, strict XML reader for tests: enough for SVG icons, and it rejects what icons never need
// (DOCTYPE and its entities, CDATA, processing instructions other than the XML declaration). Anything it cannot
// read is an error naming the offset, never silently skipped.

export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text content (entity references decoded), without its children's. */
  text: string;
}

const namePattern = /[A-Za-z_][\w.:-]*/y;
const entityPattern = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseStrictXml(source: string): XmlElement {
  let position = 0;
  const fail = (message: string): never => {
    throw new Error(`XML error at offset ${position}: ${message}`);
  };
  const readName = (): string => {
    namePattern.lastIndex = position;
    const match = namePattern.exec(source);
    if (!match) return fail('expected a name');
    position = namePattern.lastIndex;
    return match[0];
  };
  const skipWhitespace = () => {
    while (/\s/.test(source[position] ?? '')) position += 1;
  };
  const decode = (raw: string, start: number): string => {
    let decoded = '';
    for (let index = 0; index < raw.length; index += 1) {
      const character = raw[index]!;
      if (character === '<') {
        position = start + index;
        fail('"<" must be escaped');
      }
      if (character !== '&') {
        decoded += character;
        continue;
      }
      entityPattern.lastIndex = index;
      const match = entityPattern.exec(raw);
      if (!match) {
        position = start + index;
        fail('"&" must start an entity such as &amp;');
      }
      const body = match![0].slice(1, -1);
      decoded += body.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(body.slice(2), 16))
        : body.startsWith('#')
          ? String.fromCodePoint(Number(body.slice(1)))
          : namedEntities[body]!;
      index = entityPattern.lastIndex - 1;
    }
    return decoded;
  };
  const skipMisc = () => {
    for (;;) {
      skipWhitespace();
      if (source.startsWith('<!--', position)) {
        const end = source.indexOf('-->', position + 4);
        if (end < 0) fail('unterminated comment');
        if (source.slice(position + 4, end).includes('--')) fail('"--" inside a comment');
        position = end + 3;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (source[position] !== '<') fail('expected "<"');
    if (source.startsWith('<!', position) || source.startsWith('<?', position)) {
      fail('DOCTYPE, CDATA and processing instructions are not allowed here');
    }
    position += 1;
    const name = readName();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = position;
      skipWhitespace();
      if (source.startsWith('/>', position)) {
        position += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[position] === '>') {
        position += 1;
        break;
      }
      if (position === before) fail('attributes must be separated by whitespace');
      const attributeName = readName();
      skipWhitespace();
      if (source[position] !== '=') fail(`attribute ${attributeName} needs "="`);
      position += 1;
      skipWhitespace();
      const quote = source[position];
      if (quote !== '"' && quote !== "'") return fail(`attribute ${attributeName} needs a quoted value`);
      const end = source.indexOf(quote, position + 1);
      if (end < 0) fail('unterminated attribute value');
      if (attributes.has(attributeName)) fail(`duplicate attribute ${attributeName}`);
      attributes.set(attributeName, decode(source.slice(position + 1, end), position + 1));
      position = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = source.indexOf('<', position);
      if (next < 0) fail(`<${name}> is never closed`);
      text += decode(source.slice(position, next), position);
      position = next;
      if (source.startsWith('</', position)) {
        position += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipWhitespace();
        if (source[position] !== '>') fail('expected ">"');
        position += 1;
        return { name, attributes, children, text };
      }
      if (source.startsWith('<!--', position)) skipMisc();
      else children.push(readElement());
    }
  };

  if (source.startsWith('<?xml', position)) {
    const end = source.indexOf('?>', position);
    if (end < 0) fail('unterminated XML declaration');
    position = end + 2;
  }
  skipMisc();
  const root = readElement();
  skipMisc();
  if (position !== source.length) fail('content after the root element');
  return root;
}

/** Every element of the tree, root first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
