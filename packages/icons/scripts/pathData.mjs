// Build-time rewriting of SVG path data into the form the runtime composition scales cheaply: absolute commands
// only (so every coordinate scales the same way, with no current point to track), each number separated by one
// space. svgo writes the compact relative form ("m6.27 8.62.19-1.51", "a2 2 0 011 1"), which is right for
// sources but would need a full path interpreter in every bundle that draws a framed icon.

const argumentsPerCommand = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
const numberToken = /[\s,]*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/iy;
// Arc flags are single digits and may be written without separators ("a2 2 0 011 1").
const flagToken = /[\s,]*([01])/y;

/** Reads path data into commands with their numbers: [['m', [6.27, 8.62, 0.19, -1.51]], …]. */
export function parsePathData(pathData) {
  const commands = [];
  let position = 0;
  let current;
  while (position < pathData.length) {
    const character = pathData[position];
    if (/[a-z]/i.test(character)) {
      if (!(character.toLowerCase() in argumentsPerCommand)) {
        throw new Error(`Unknown path command "${character}" at ${position} in "${pathData}"`);
      }
      current = [character, []];
      commands.push(current);
      position += 1;
      continue;
    }
    if (/[\s,]/.test(character)) {
      position += 1;
      continue;
    }
    const count = current && argumentsPerCommand[current[0].toLowerCase()];
    if (!count) throw new Error(`A number at ${position} has no command before it in "${pathData}"`);
    const slot = current[1].length % count;
    const token = current[0].toLowerCase() === 'a' && (slot === 3 || slot === 4) ? flagToken : numberToken;
    token.lastIndex = position;
    const match = token.exec(pathData);
    if (!match) throw new Error(`Cannot read a number at ${position} in "${pathData}"`);
    current[1].push(Number(match[1]));
    position = token.lastIndex;
  }
  for (const [command, numbers] of commands) {
    const count = argumentsPerCommand[command.toLowerCase()];
    if (count ? numbers.length === 0 || numbers.length % count !== 0 : numbers.length > 0) {
      throw new Error(
        `"${command}" takes ${count} numbers per segment, got ${numbers.length} in "${pathData}"`,
      );
    }
  }
  return commands;
}

const round = (value) => Math.round(value * 1000) / 1000;

/** The same path with absolute commands only, numbers separated by single spaces. */
export function normalizePathData(pathData) {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const output = [];
  for (const [index, [command, numbers]] of parsePathData(pathData).entries()) {
    const kind = command.toLowerCase();
    // A path's opening m is absolute whatever its case (SVG 1.1 §8.3.2).
    const relative = command === kind && index > 0;
    if (kind === 'z') {
      output.push('Z');
      x = startX;
      y = startY;
      continue;
    }
    const count = argumentsPerCommand[kind];
    const absolute = [];
    for (let offset = 0; offset < numbers.length; offset += count) {
      const segment = numbers.slice(offset, offset + count);
      const dx = relative || (kind === 'm' && command === 'm' && offset > 0) ? x : 0;
      const dy = relative || (kind === 'm' && command === 'm' && offset > 0) ? y : 0;
      if (kind === 'h') {
        x = segment[0] + (relative ? x : 0);
        absolute.push(x);
      } else if (kind === 'v') {
        y = segment[0] + (relative ? y : 0);
        absolute.push(y);
      } else if (kind === 'a') {
        x = segment[5] + dx;
        y = segment[6] + dy;
        absolute.push(...segment.slice(0, 5), x, y);
      } else {
        // m l t: one point; c s q: control points then the end point, all offset from the segment's start.
        for (let pair = 0; pair < count; pair += 2) absolute.push(segment[pair] + dx, segment[pair + 1] + dy);
        x = absolute.at(-2);
        y = absolute.at(-1);
      }
      if (kind === 'm' && offset === 0) {
        startX = x;
        startY = y;
      }
    }
    output.push(`${command.toUpperCase()}${absolute.map(round).join(' ')}`);
  }
  return output.join('');
}
