// Browser side of bench/search.bench.ts (bundled with esbuild): exposes the search client on
// window so the benchmark can time queries from the page, as the search page would run them.
import { SearchClient } from '../lib/search/client';

declare global {
  interface Window {
    searchBench: {
      open(): Promise<number>;
      query(q: string): Promise<{ ms: number; total: number; results: number }>;
    };
  }
}

let client: SearchClient | null = null;

window.searchBench = {
  async open() {
    const started = performance.now();
    client = new SearchClient(
      new URL('./', window.location.href).href,
      new Worker(new URL('./worker.js', window.location.href)),
    );
    await client.call('stats');
    return performance.now() - started;
  },
  async query(q: string) {
    if (!client) throw new Error('open() first');
    const started = performance.now();
    const response = await client.call('search', { query: q });
    return { ms: performance.now() - started, total: response.total, results: response.results.length };
  },
};
