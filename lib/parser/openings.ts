// Detects an article whose opening the extraction lost, so that its body starts mid-sentence
// (`比激动。她穿着…`, `更要知其所以然,…`). Used by segment once an article's first paragraph is known.

// Punctuation that cannot open a sentence: a body starting with it lost the words before it.
const CLOSING_START = /^[，,。．、；;：:？?！!）)」』”’》〉】%…]/;
// Connectives that lean on a clause before them: an article body never opens with 更要, 而且, 因此.
// Particles and units that only follow another word (的, 了, 们, 万元) cannot open one either.
const LEANING_START =
  /^(?:更要|更是|更需|更应|更加|也要|也是|也将|也在|也有|还要|还将|而是|而且|而要|并且|并将|并在|但是|但|却|所以|因此|因而|从而|进而|然而|否则|甚至|以及|乃至|才能|才是|就是|则|的(?!确)|了(?!解)|们|着(?![力眼手重实])|[万亿][元人户个吨亩件家]|余[元人户个吨亩件家名])/;
// A first "sentence" of one to three characters (`比激动。`) is the tail of a lost sentence:
// newspaper prose does not open with a three-character sentence.
// (A quoted exclamation opens a story: `“加油！这里！快传……”1月28日…`.)
const TINY_FIRST_SENTENCE = /^(?![“"‘「『])[^，,。！？!?；;：:、\s]{1,3}[。！？!?](?=.)/;

// A closing quote or bracket before any opening one (`…作为头号工程。”张三说`) means the opening
// mark was printed with the lost words.
function closesBeforeOpening(text: string): boolean {
  const firstSentenceEnd = text.search(/[。！？!?]/);
  // ASCII and full-width brackets pair with each other: pages mix them (`（送审稿)`).
  const head = (firstSentenceEnd < 0 ? text : text.slice(0, firstSentenceEnd + 2))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['（', '）'],
  ];
  return pairs.some(([open, close]) => {
    const closeAt = head.indexOf(close);
    if (closeAt < 0) return false;
    const openAt = head.indexOf(open);
    return openAt < 0 || openAt > closeAt;
  });
}

/**
 * True when the first body paragraph starts mid-sentence: it opens with closing punctuation,
 * with a connective that needs a preceding clause (`更要知其所以然,…`), or with a sentence too
 * short to be one (`比激动。她穿着…`), or with a quotation closed before it opened
 * (`…头号工程。”张三说`). A whole short sentence such as `富裕美好社会山区样板。`
 * is not flagged: it reads as a complete (if terse) statement.
 */
export function isOpeningMissing(firstParagraph: string): boolean {
  const text = firstParagraph.trim();
  return (
    CLOSING_START.test(text) ||
    LEANING_START.test(text) ||
    TINY_FIRST_SENTENCE.test(text) ||
    closesBeforeOpening(text)
  );
}
