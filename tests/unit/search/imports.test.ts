// lib/search reads top-down: no module imports one that (directly or not) imports it back,
// type-only imports included; the engine's concerns (planning, index files, matching, ranking)
// stay in their own modules.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, importGraph } from '../../helpers/import-graph';

const DIR = path.resolve(__dirname, '../../../lib/search');
const graph = importGraph(DIR);

describe('lib/search imports', () => {
  it('has no import cycle', () => {
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(cyclic)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });

  it('keeps reading the index below matching, and matching below ranking and the engine', () => {
    // The index reader knows nothing of how a query is matched or ranked.
    expect(graph.get('index-files.ts')).not.toContain('match.ts');
    expect(graph.get('index-files.ts')).not.toContain('rank.ts');
    expect(graph.get('match.ts')).not.toContain('rank.ts');
    expect(graph.get('match.ts')).not.toContain('engine.ts');
  });
});
