// `npx tsx scripts/generate-unicode-data.ts [EquivalentUnifiedIdeograph.txt]`: regenerates
// lib/text/data/equivalent-unified-ideograph.json from the Unicode Character Database file of that
// name (Debian's `unicode-data` package installs it under /usr/share/unicode/). Run by hand when
// the Unicode version moves; the JSON is committed so that ingest needs no system package.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DEFAULT_SOURCE = '/usr/share/unicode/EquivalentUnifiedIdeograph.txt';
const OUTPUT = path.resolve(__dirname, '../lib/text/data/equivalent-unified-ideograph.json');

function main(argv: readonly string[]): void {
  const source = argv.filter((arg) => arg !== '--')[0] ?? DEFAULT_SOURCE;
  const text = readFileSync(source, 'utf8');
  const version = /^# EquivalentUnifiedIdeograph-([0-9.]+)\.txt/m.exec(text)?.[1];
  if (version === undefined) throw new Error(`${source}:1: not a UCD EquivalentUnifiedIdeograph file`);
  const map: Record<string, string> = {};
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const match = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})$/.exec(line);
    if (match === null) throw new Error(`${source}:${index + 1}: unreadable mapping line`);
    const first = parseInt(match[1] ?? '', 16);
    const last = parseInt(match[2] ?? match[1] ?? '', 16);
    const target = String.fromCodePoint(parseInt(match[3] ?? '', 16));
    for (let code = first; code <= last; code++) map[String.fromCodePoint(code)] = target;
  });
  const data = {
    source: `Unicode Character Database ${version}, EquivalentUnifiedIdeograph.txt (© Unicode, Inc.; https://www.unicode.org/license.txt)`,
    map,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`${Object.keys(map).length} mappings from Unicode ${version} → ${OUTPUT}\n`);
}

main(process.argv.slice(2));
