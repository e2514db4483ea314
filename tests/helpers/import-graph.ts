// The import graph of one folder of modules, for tests that keep a library free of import cycles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The relative imports of every `.ts` module in `dir` (type-only imports included), as a map
 * from file name to the file names it imports (`'./model/logistic'` → `model/logistic.ts`).
 */
export function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  return new Map(
    files.map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const imports = [...text.matchAll(/from '\.\/([\w-]+(?:\/[\w-]+)?)'/g)].map((m) => `${m[1]}.ts`);
      return [file, imports];
    }),
  );
}

/** One import cycle of `graph` as the path that closes it (`['a.ts', 'b.ts', 'a.ts']`), or null. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
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
