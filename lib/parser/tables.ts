// Pass 6 of parsePage: finds tables that the extraction flattened into lines of cells set off by
// spaces (`5月8日 多云转阵雨 17℃-25℃`, `青菜 2.5 持平`) and makes their rows text. Short rows
// without a stop look like headlines; read as such, a weather box or a price list becomes a stack
// of titles. It runs after join (roles are settled) and before segment.
import { NO_LAYOUT, isUngiven, type PageLayout } from './layout';
import type { ClassifiedUnit } from './unit';

const ROWS_MIN = 2;
const ROW_MAX = 60;
// A row holds two cells or more, and a figure; a header row (`品种 单价（元/斤） 涨跌`) or a unit
// line (`单位：亿元`) above the rows belongs to the table too.
const UNIT_LINE = /^(?:单位|计量单位)\s?[:：]\s?\S{1,10}$/;

function cellsOf(text: string): number {
  return text.split(' ').filter((cell) => cell !== '').length;
}

function isRow(unit: ClassifiedUnit | undefined): boolean {
  return (
    unit !== undefined &&
    unit.role === 'heading' &&
    unit.text.length <= ROW_MAX &&
    unit.text.includes(' ') &&
    /\d/.test(unit.text) &&
    cellsOf(unit.text) >= 2 &&
    !/[。；;！？!?]/.test(unit.text)
  );
}

/**
 * Marks the rows of flattened tables as paragraphs, in a new array: two or more headline-shaped
 * lines in a row, each of two or more space-separated cells with a figure in it, with the header
 * row above them (as many cells, no figure) and a unit line (`单位：亿元`). Lines whose role an
 * editor gave keep it.
 */
export function markTableRows(
  units: readonly ClassifiedUnit[],
  layout: PageLayout = NO_LAYOUT,
): ClassifiedUnit[] {
  const out = [...units];
  const free = (k: number): boolean => isUngiven(layout, out[k]);
  for (let i = 0; i < out.length; i++) {
    let end = i;
    while (isRow(out[end]) && free(end)) end++;
    if (end - i < ROWS_MIN) continue;
    let start = i;
    const header = out[start - 1];
    if (header?.role === 'heading' && free(start - 1) && cellsOf(header.text) === cellsOf(out[i]?.text ?? ''))
      start--;
    if (out[start - 1]?.role === 'heading' && free(start - 1) && UNIT_LINE.test(out[start - 1]?.text ?? ''))
      start--;
    for (let k = start; k < end; k++) out[k] = { ...(out[k] as ClassifiedUnit), role: 'paragraph' };
    i = end;
  }
  return out;
}
