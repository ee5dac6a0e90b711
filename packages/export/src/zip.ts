// One zip of a pack, made in memory with fflate (the same code in a browser and on Node). PNGs and PDFs are already
// compressed, so they are stored; text (SVG, HTML, the read-me, the manifest) is deflated. Entries carry the policy's
// effective date, so the same pack gives the same zip bytes.
import { type Zippable, zipSync } from 'fflate';
import { manifestFileName, manifestText, type Pack } from './pack.js';

const storedFormats = new Set(['png', 'pdf']);

/** The pack as one zip file: every file in its purpose folder, the read-mes and manifest.json at the top. */
export function zipPack(pack: Pack): Uint8Array {
  // Zip times are local DOS times: noon on the effective date shows that date in every time zone.
  const mtime = new Date(`${pack.manifest.policy.effectiveDate}T12:00:00`);
  const entries: Zippable = {};
  for (const file of pack.files) {
    entries[file.path] = [file.data, { level: storedFormats.has(file.format) ? 0 : 6, mtime }];
  }
  entries[manifestFileName] = [new TextEncoder().encode(manifestText(pack.manifest)), { level: 6, mtime }];
  return zipSync(entries);
}
