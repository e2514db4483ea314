// The search Web Worker (browser only): owns the engine, the fetched shards (imported into FlexSearch
// Indexes) and the normaliser, so typing never blocks the page. Speaks the protocol in protocol.ts.
import { createFetchLoader, SearchEngine } from './engine';
import type { WorkerMethods, WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let engine: Promise<SearchEngine> | null = null;

function openedEngine(): Promise<SearchEngine> {
  if (!engine) throw new Error('search worker used before init');
  return engine;
}

async function handle(request: WorkerRequest): Promise<WorkerMethods[WorkerRequest['method']]['result']> {
  switch (request.method) {
    case 'init': {
      engine ??= SearchEngine.open(createFetchLoader(request.args[0]));
      engine.catch(() => {
        engine = null;
      });
      return { docCount: (await engine).manifest.docCount };
    }
    case 'search':
      return (await openedEngine()).search(request.args[0]);
    case 'sections':
      return (await openedEngine()).sections();
    case 'facets':
      return (await openedEngine()).facets();
    case 'stats': {
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return { usedJSHeapSize: memory?.usedJSHeapSize ?? null };
    }
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  handle(request).then(
    (result) => scope.postMessage({ id: request.id, ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
