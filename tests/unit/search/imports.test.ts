// lib/search reads top-down: no module imports one that (directly or not) imports it back,
// type-only imports included; the engine's concerns (planning, index files, matching, ranking)
// stay in their own modules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../../../lib/search');

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  return [...text.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => `${m[1]}.ts`);
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const files = readdirSync(DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
const graph = new Map(files.map((file) => [file, importsOf(file)]));

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
