// Vocabulary diversity of a text corpus, to compare generated pages with real ones: distinct
// character bigrams per CJK character. Accumulates incrementally so large corpora stay cheap.

const HAN = /\p{Script=Han}/u;

/**
 * Counts, over blank-line separated blocks with whitespace removed, the distinct bigrams of
 * adjacent characters that contain at least one CJK character (`HAN` bigrams), and the CJK
 * characters. `ratio` = distinct bigrams / CJK characters: the seed page gives ≈ 0.69.
 * `ratioAll` = distinct bigrams of any two characters / all non-space characters (seed ≈ 0.62).
 */
export class BigramCounter {
  private readonly cjkBigrams = new Set<string>();
  private readonly anyBigrams = new Set<string>();
  /** CJK characters seen. */
  cjkChars = 0;
  /** Non-whitespace characters seen. */
  allChars = 0;

  /** Adds one page (or any text) to the tally. */
  add(text: string): void {
    for (const block of text.split(/\n[ \t\u3000\r]*\n/u)) {
      const chars = Array.from(block.replace(/\s+/gu, ''));
      this.allChars += chars.length;
      let prev = '';
      let prevHan = false;
      for (const ch of chars) {
        const han = HAN.test(ch);
        if (han) this.cjkChars++;
        if (prev !== '') {
          const pair = prev + ch;
          this.anyBigrams.add(pair);
          if (han || prevHan) this.cjkBigrams.add(pair);
        }
        prev = ch;
        prevHan = han;
      }
    }
  }

  /** Distinct CJK-bearing bigrams. */
  get distinctBigrams(): number {
    return this.cjkBigrams.size;
  }

  /** Distinct CJK-bearing bigrams per CJK character. */
  get ratio(): number {
    return this.cjkChars === 0 ? 0 : this.cjkBigrams.size / this.cjkChars;
  }

  /** Distinct bigrams of any characters per non-space character. */
  get ratioAll(): number {
    return this.allChars === 0 ? 0 : this.anyBigrams.size / this.allChars;
  }
}

/** Measures one text (or several joined by blank lines) in one call. */
export function measureBigrams(...texts: string[]): {
  ratio: number;
  ratioAll: number;
  cjkChars: number;
  distinctBigrams: number;
} {
  const counter = new BigramCounter();
  for (const text of texts) counter.add(text);
  return {
    ratio: counter.ratio,
    ratioAll: counter.ratioAll,
    cjkChars: counter.cjkChars,
    distinctBigrams: counter.distinctBigrams,
  };
}
