// Pass 1 of parsePage: cuts the decoded page into blank-line separated blocks of numbered lines.
// It runs first because every later pass reports 1-based source lines, which only exist here.

/** One non-empty source line, whitespace-normalised, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
  /** True when the printed line began with whitespace: the `　　` indent that opens a paragraph. */
  indented: boolean;
}

/** A run of non-empty lines between blank lines: how the extraction separates paragraphs and headlines. */
export interface Block {
  lines: SourceLine[];
}

/**
 * Normalises the whitespace of one line: tabs, U+3000 ideographic spaces, NBSP and BOMs become
 * one ASCII space, and the ends are trimmed. `　　本报讯(记者 叶江)` → `本报讯(记者 叶江)`.
 */
export function normalizeLineSpace(line: string): string {
  // JavaScript's \s covers \t, \f, U+00A0, U+3000 and U+FEFF, which is what PDF extraction emits.
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a page into blocks separated by blank lines (lines holding only whitespace count as
 * blank, so `\u3000\u3000` between paragraphs separates them). CRLF and lone CR are line ends.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const rawLines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < rawLines.length; i++) {
    const clean = normalizeLineSpace(rawLines[i] ?? '');
    if (clean === '') {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else {
      current.push({ text: clean, line: i + 1, indented: /^\s/.test(rawLines[i] ?? '') });
    }
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}
