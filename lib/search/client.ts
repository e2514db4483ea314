// The page side of search (browser only): starts the worker lazily and turns protocol messages
// into promises. Import it with `import()` so pages without search never load it.
import type { WorkerMethod, WorkerMethods, WorkerRequest, WorkerResponse } from './protocol';

/** Thrown when the worker reports an error for a request. */
export class SearchWorkerError extends Error {
  override name = 'SearchWorkerError';
}

/** Starts the search worker; bundlers (Turbopack) emit worker.ts as its own chunk from this pattern. */
export function startSearchWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url));
}

/** A promise-based handle on the search worker. */
export class SearchClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private readonly ready: Promise<WorkerMethods['init']['result']>;

  /** `indexUrl`: absolute URL of the folder holding manifest.json (e.g. https://host/search). */
  constructor(
    indexUrl: string,
    private readonly worker: Worker = startSearchWorker(),
  ) {
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new SearchWorkerError(message.error));
    });
    worker.addEventListener('error', (event) => {
      const error = new SearchWorkerError(event.message || 'search worker failed to start');
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    this.ready = this.send('init', indexUrl);
  }

  private send<M extends WorkerMethod>(
    method: M,
    ...args: WorkerMethods[M]['args']
  ): Promise<WorkerMethods[M]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } as WorkerRequest);
    });
  }

  /** Calls a worker method once the index is open. */
  async call<M extends Exclude<WorkerMethod, 'init'>>(
    method: M,
    ...args: WorkerMethods[M]['args']
  ): Promise<WorkerMethods[M]['result']> {
    await this.ready;
    return this.send(method, ...args);
  }

  /** Stops the worker. */
  close(): void {
    this.worker.terminate();
  }
}
