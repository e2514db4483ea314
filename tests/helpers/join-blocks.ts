// The parser's passes up to the paragraph join (split, units, classify, join) over invented
// blocks, for the tests of join and of the passes that run after it (tables, sign-offs).
import { splitBlocks } from '@/lib/parser/blocks';
import { classifyUnits } from '@/lib/parser/classify';
import { joinBrokenParagraphs } from '@/lib/parser/join-lines';
import type { ClassifiedUnit } from '@/lib/parser/unit';
import { blocksToUnits } from '@/lib/parser/units';

/** Runs the passes up to and including joinBrokenParagraphs over blocks printed a blank line apart. */
export function joinBlocks(...blocks: string[]): ClassifiedUnit[] {
  return joinBrokenParagraphs(classifyUnits(blocksToUnits(splitBlocks(blocks.join('\n\n')))));
}
