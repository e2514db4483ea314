// The parser reads top-down: no module imports one that (directly or not) imports it back,
// type-only imports included.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, importGraph } from '../../helpers/import-graph';

const DIR = path.resolve(__dirname, '../../../lib/parser');

describe('lib/parser imports', () => {
  it('has no import cycle', () => {
    const graph = importGraph(DIR);
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});
