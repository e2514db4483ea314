// Test-only encoders for legacy East Asian encodings (Node ships decoders but no encoders):
// the table is built by decoding every double-byte sequence once and inverting the result.

/** Legacy encodings that tests build pages in. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr';

const tables = new Map<LegacyEncoding, Map<string, [number, number]>>();

function tableFor(encoding: LegacyEncoding): Map<string, [number, number]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}

/** Encodes text (ASCII plus characters of the encoding's double-byte set) in a legacy encoding. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const table = tableFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`encodeLegacy: ${JSON.stringify(ch)} has no double-byte ${encoding} form`);
    out.push(...pair);
  }
  return Uint8Array.from(out);
}
