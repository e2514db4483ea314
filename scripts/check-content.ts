// `npm run check:content` (first step of `npm run build`): re-runs ingest in memory and fails when
// the committed content/ differs from what ingest would write now. Hand-edited files that ingest
// keeps are allowed and listed.
import path from 'node:path';
import { contentDir } from '../lib/content/load';
import { displayPath, isPlanStale, planIngest } from '../lib/content/ingest';

const dir = contentDir();
const plan = planIngest({ contentDir: dir });
const show = (file: string) => displayPath(path.join(dir, file));

if (plan.problems.length > 0) {
  for (const problem of plan.problems) console.error(problem.message);
  process.exit(1);
}
for (const file of plan.kept) console.log(`allowed: ${file.why} ${show(file.path)} (ingest keeps it)`);
if (isPlanStale(plan)) {
  console.error('content/ is stale: run `npm run ingest`');
  for (const file of plan.writes)
    console.error(`  ${file.change === 'new' ? 'missing' : 'differs'}: ${show(file.path)}`);
  for (const file of plan.deletes) console.error(`  obsolete: ${show(file)}`);
  for (const file of plan.bookkeeping) if (file.changed) console.error(`  differs: ${show(file.path)}`);
  process.exit(1);
}
console.log(`content/ is up to date: ${plan.articleCount} articles from ${plan.sourceCount} pages`);
