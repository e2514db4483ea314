// `npm run ingest [-- --force]`: regenerates content/articles and content/fragments from
// content/sources (see lib/content/ingest.ts). Exits 1 with `file:line: reason` on bad input.
import { contentDir } from '../lib/content/load';
import { runIngest } from '../lib/content/ingest';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--force');
if (unknown.length > 0) {
  console.error(`usage: npm run ingest [-- --force]\nunknown argument: ${unknown.join(' ')}`);
  process.exit(2);
}

const report = runIngest({ contentDir: contentDir(), force: args.includes('--force') });
for (const problem of report.plan.problems) console.error(problem.message);
for (const line of report.messages) console.log(line);
process.exit(report.applied ? 0 : 1);
