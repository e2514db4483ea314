// A child process of scripts/postbuild.ts: finishes its share of out/'s pages
// (lib/build/finish-pages.ts) and sends back the counts. It loads the archive itself (the same
// CONTENT_DIR), because filling a body slot renders that article's Markdown.
import { getArchive } from '../lib/site/data';
import { finishPages, type FinishCounts, type FinishOptions } from '../lib/build/finish-pages';

/** What postbuild sends: the folder, this child's units and the options. */
export interface FinishRequest {
  outDir: string;
  units: string[];
  options: FinishOptions;
}

/** What the child answers: the counts, or the error that stopped it. */
export type FinishReply = { counts: FinishCounts } | { error: string };

process.once('message', (request: FinishRequest) => {
  let reply: FinishReply;
  try {
    reply = { counts: finishPages(request.outDir, request.units, getArchive().articleById, request.options) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(reply, () => process.disconnect());
});
