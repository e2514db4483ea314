// Detects an article whose opening the extraction lost, so that its body starts mid-sentence
// (`比激动。她穿着…`, `更要知其所以然,…`). Used by segment once an article's first paragraph is known.

// Punctuation that cannot open a sentence: a body starting with it lost the words before it.
const CLOSING_START = /^[，,。．、；;：:？?！!）)」』”’》〉】%…]/;
// Connectives that lean on a clause before them: an article body never opens with 更要, 而且, 因此.
const LEANING_START =
  /^(?:更要|更是|更需|更应|更加|也要|也是|也将|也在|也有|还要|还将|而是|而且|而要|并且|并将|并在|但是|但|却|所以|因此|因而|从而|进而|然而|否则|甚至|以及|乃至|才能|才是|就是|则)/;
// A first "sentence" of one to three characters (`比激动。`) is the tail of a lost sentence:
// newspaper prose does not open with a three-character sentence.
const TINY_FIRST_SENTENCE = /^[^，,。！？!?；;：:、\s]{1,3}[。！？!?](?=.)/;

/**
 * True when the first body paragraph starts mid-sentence: it opens with closing punctuation,
 * with a connective that needs a preceding clause (`更要知其所以然,…`), or with a sentence too
 * short to be one (`比激动。她穿着…`). A whole short sentence such as `富裕美好社会山区样板。`
 * is not flagged: it reads as a complete (if terse) statement.
 */
export function isOpeningMissing(firstParagraph: string): boolean {
  const text = firstParagraph.trim();
  return CLOSING_START.test(text) || LEANING_START.test(text) || TINY_FIRST_SENTENCE.test(text);
}
