// `npx tsx scripts/train-subheading-model.ts DEVSET [CASES…] [--out FILE] [--folds N] [--case-weight N]`: trains the
// parser's subheading model (lib/parser/model/subheading.json) on pages with reference
// segmentations (`NAME.gold.json` beside `raw/NAME.txt` or `NAME.txt`), prints cross-validated
// accuracy by day (pages of one day are never split between training and test), then writes the
// weights fitted on every page. Only the weights are written: no page text leaves DIR.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitBlocks } from '@/lib/parser/blocks';
import { blocksToUnits } from '@/lib/parser/units';
import { classifyUnits } from '@/lib/parser/classify';
import { joinBrokenParagraphs } from '@/lib/parser/join-lines';
import { SUBHEADING_CERTAINTY, segmentUnits, type RunObservation } from '@/lib/parser/segment';
import {
  fitLogistic,
  predictProbability,
  type Example,
  type LogisticModel,
} from '@/lib/parser/model/logistic';
import { normalizeForScoring } from '@/lib/eval/compare-text';

interface Page {
  name: string;
  /** How many times each of the page's decision points counts in training. */
  weight: number;
  day: string;
  raw: string;
  headlines: Set<string>;
  paragraphs: Set<string>;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readPages(dir: string, weight: number): Page[] {
  if (!existsSync(dir)) fail(`${dir}: no such folder`);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.gold.json'.length);
      const rawFile = existsSync(path.join(dir, 'raw', `${name}.txt`))
        ? path.join(dir, 'raw', `${name}.txt`)
        : path.join(dir, `${name}.txt`);
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        articles: { kicker?: string | null; title: string; subtitle?: string | null; paragraphs: string[] }[];
      };
      const sidecar = path.join(dir, `${name}.expected.json`);
      const day = existsSync(sidecar)
        ? String((JSON.parse(readFileSync(sidecar, 'utf8')) as { date?: string }).date ?? name)
        : `${path.basename(dir)}/${name}`;
      const headlines = new Set<string>();
      const paragraphs = new Set<string>();
      for (const article of gold.articles) {
        for (const line of [article.kicker, article.title, article.subtitle]) {
          if (line) headlines.add(normalizeForScoring(line));
        }
        for (const paragraph of article.paragraphs) paragraphs.add(normalizeForScoring(paragraph));
      }
      return { name, weight, day, raw: readFileSync(rawFile, 'utf8'), headlines, paragraphs };
    });
}

// The page's decision points under `model`, labelled by the gold: 1 when the run's lines are body
// text (a subheading), 0 when they are an article's headline; runs found in neither are skipped.
function examplesOf(page: Page, model: LogisticModel): Example[] {
  const observations: RunObservation[] = [];
  const units = joinBrokenParagraphs(classifyUnits(blocksToUnits(splitBlocks(page.raw))));
  segmentUnits(units, { subheadingModel: model, observe: (seen) => observations.push(seen) });
  const examples: Example[] = [];
  for (const { features, lines } of observations) {
    const normalized = lines.map((line) => normalizeForScoring(line));
    if (normalized.some((line) => page.headlines.has(line))) examples.push({ features, label: 0 });
    else if (normalized.every((line) => page.paragraphs.has(line))) examples.push({ features, label: 1 });
  }
  return examples;
}

// Two rounds: the decision points a page offers depend on the decisions taken before them.
function train(pages: readonly Page[]): LogisticModel {
  let model: LogisticModel = { bias: 0, weights: {} };
  for (let round = 0; round < 2; round++) {
    model = fitLogistic(
      pages.flatMap((page) => {
        const examples = examplesOf(page, model);
        return Array.from({ length: page.weight }, () => examples).flat();
      }),
    );
  }
  return model;
}

function accuracy(model: LogisticModel, examples: readonly Example[]): number {
  const right = examples.filter(
    (e) => (predictProbability(model, e.features) >= SUBHEADING_CERTAINTY ? 1 : 0) === e.label,
  ).length;
  return examples.length === 0 ? 1 : right / examples.length;
}

function main(argv: readonly string[]): void {
  const dirs: string[] = [];
  let out = path.resolve(__dirname, '../lib/parser/model/subheading.json');
  let folds = 5;
  let caseWeight = 10;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = path.resolve(argv[++i] ?? fail('--out needs a file'));
    else if (arg === '--folds') folds = Number(argv[++i] ?? fail('--folds needs a number'));
    else if (arg === '--case-weight') caseWeight = Number(argv[++i] ?? fail('--case-weight needs a number'));
    else if (arg !== '--') dirs.push(arg);
  }
  if (dirs.length === 0)
    fail(
      'usage: npx tsx scripts/train-subheading-model.ts DEVSET [CASES…] [--out FILE] [--folds N] [--case-weight N]',
    );
  // The first folder is the dev set; later ones hold invented pages, one per kind of failure, whose
  // decisions count `caseWeight` times (a kind is one page there, but many pages elsewhere).
  const pages = dirs.flatMap((dir, k) => readPages(dir, k === 0 ? 1 : caseWeight));
  const days = [...new Set(pages.map((page) => page.day))].sort();
  const foldOf = new Map(days.map((day, k) => [day, k % folds]));
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const trainPages = pages.filter((page) => foldOf.get(page.day) !== fold);
    const testPages = pages.filter((page) => foldOf.get(page.day) === fold);
    const model = train(trainPages);
    const examples = testPages.flatMap((page) => examplesOf(page, model));
    const share = accuracy(model, examples);
    right += Math.round(share * examples.length);
    total += examples.length;
    process.stdout.write(
      `fold ${fold + 1}/${folds}: ${testPages.length} pages, ${examples.length} runs, accuracy ${share.toFixed(3)}\n`,
    );
  }
  const model = train(pages);
  const all = pages.flatMap((page) => examplesOf(page, model));
  const positives = all.filter((e) => e.label === 1).length;
  process.stdout.write(
    `cross-validated by day: ${(right / Math.max(1, total)).toFixed(3)} on ${total} runs; ` +
      `majority class ${(Math.max(positives, all.length - positives) / Math.max(1, all.length)).toFixed(3)}; ` +
      `training accuracy ${accuracy(model, all).toFixed(3)} on ${all.length} runs\n`,
  );
  const file = {
    about:
      'Logistic model: probability that a run of 1–2 headline lines inside an article is a subheading. ' +
      'Written by scripts/train-subheading-model.ts; features in lib/parser/run-cues.ts.',
    examples: all.length,
    crossValidatedAccuracy: Math.round((right / Math.max(1, total)) * 1000) / 1000,
    ...model,
  };
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

main(process.argv.slice(2));
