// `npx tsx scripts/train-parser-models.ts DEVSET [CASES…] [--folds N] [--case-weight N]`: trains the
// parser's two learned decisions on pages with reference segmentations (`NAME.gold.json` beside
// `raw/NAME.txt` or `NAME.txt`): the junction model (lib/parser/model/junction.json: does the
// paragraph under a block without a final stop continue it?) and the subheading model
// (lib/parser/model/subheading.json: are one or two headline lines inside an article a subheading?).
// Prints accuracy cross-validated by day (pages of one day are never split between training and
// test), then writes the weights fitted on every page. Only weights are written: no page text.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitBlocks } from '@/lib/parser/blocks';
import { blocksToUnits } from '@/lib/parser/units';
import { classifyUnits } from '@/lib/parser/classify';
import { JUNCTION_CERTAINTY, joinBrokenParagraphs, type JunctionObservation } from '@/lib/parser/join-lines';
import { markSignOffs } from '@/lib/parser/sign-offs';
import { markTableRows } from '@/lib/parser/tables';
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
  /** The gold paragraphs, normalised, in page order (a junction is a cut when both sides lie in one). */
  paragraphList: string[];
}

/** The two models, trained together: the junctions decide what text the subheading model sees. */
interface Models {
  junction: LogisticModel;
  subheading: LogisticModel;
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
      const paragraphList: string[] = [];
      for (const article of gold.articles) {
        for (const line of [article.kicker, article.title, article.subtitle]) {
          if (line) headlines.add(normalizeForScoring(line));
        }
        for (const paragraph of article.paragraphs) {
          paragraphs.add(normalizeForScoring(paragraph));
          paragraphList.push(normalizeForScoring(paragraph));
        }
      }
      return { name, weight, day, raw: readFileSync(rawFile, 'utf8'), headlines, paragraphs, paragraphList };
    });
}

// The page's decision points under `models`, labelled by the gold. A junction is a cut (1) when
// some gold paragraph holds the upper block straight followed by the start of the lower one, and
// not (0) when the upper block is a whole gold paragraph or headline line. A headline run is a
// subheading (1) when its lines are gold body blocks, not (0) when one is a gold headline line.
// Decision points the gold cannot label are skipped.
function examplesOf(page: Page, models: Models): { junction: Example[]; subheading: Example[] } {
  const junctions: JunctionObservation[] = [];
  const runs: RunObservation[] = [];
  const units = joinBrokenParagraphs(classifyUnits(blocksToUnits(splitBlocks(page.raw))), {
    junctionModel: models.junction,
    observe: (seen) => junctions.push(seen),
  });
  segmentUnits(markSignOffs(markTableRows(units)), {
    subheadingModel: models.subheading,
    observe: (seen) => runs.push(seen),
  });
  const junction: Example[] = [];
  for (const { features, line, next } of junctions) {
    const upper = normalizeForScoring(line);
    const lower = normalizeForScoring(next).slice(0, 12);
    if (upper === '' || lower === '') continue;
    if (page.paragraphList.some((paragraph) => paragraph.includes(upper + lower)))
      junction.push({ features, label: 1 });
    else if (page.paragraphs.has(upper) || page.headlines.has(upper)) junction.push({ features, label: 0 });
  }
  const subheading: Example[] = [];
  for (const { features, lines } of runs) {
    const normalized = lines.map((line) => normalizeForScoring(line));
    if (normalized.some((line) => page.headlines.has(line))) subheading.push({ features, label: 0 });
    else if (normalized.every((line) => page.paragraphs.has(line))) subheading.push({ features, label: 1 });
  }
  return { junction, subheading };
}

const weighted = (page: Page, examples: Example[]): Example[] =>
  examples.map((example) => ({ ...example, weight: page.weight }));

// Two rounds: the decision points a page offers depend on the decisions taken before them.
function train(pages: readonly Page[], start: Models): Models {
  let models = start;
  for (let round = 0; round < 2; round++) {
    const seen = pages.map((page) => ({ page, examples: examplesOf(page, models) }));
    const junction = fitLogistic(seen.flatMap(({ page, examples }) => weighted(page, examples.junction)));
    const withJunction = { ...models, junction };
    const subheading = fitLogistic(
      pages.flatMap((page) => weighted(page, examplesOf(page, withJunction).subheading)),
    );
    models = { junction, subheading };
  }
  return models;
}

function accuracy(model: LogisticModel, examples: readonly Example[], threshold: number): number {
  const right = examples.filter(
    (e) => (predictProbability(model, e.features) >= threshold ? 1 : 0) === e.label,
  ).length;
  return examples.length === 0 ? 1 : right / examples.length;
}

const KINDS = [
  {
    key: 'junction',
    file: 'junction.json',
    threshold: JUNCTION_CERTAINTY,
    what: 'the paragraph under a block without a final stop continues it (a column-break cut)',
  },
  {
    key: 'subheading',
    file: 'subheading.json',
    threshold: SUBHEADING_CERTAINTY,
    what: 'a run of 1–2 headline lines inside an article is a subheading',
  },
] as const;

function main(argv: readonly string[]): void {
  const dirs: string[] = [];
  let folds = 5;
  let caseWeight = 10;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--folds') folds = Number(argv[++i] ?? fail('--folds needs a number'));
    else if (arg === '--case-weight') caseWeight = Number(argv[++i] ?? fail('--case-weight needs a number'));
    else if (arg !== '--') dirs.push(arg);
  }
  if (dirs.length === 0)
    fail('usage: npx tsx scripts/train-parser-models.ts DEVSET [CASES…] [--folds N] [--case-weight N]');
  // The first folder is the dev set; later ones hold invented pages, one per kind of failure, whose
  // decisions count `caseWeight` times (a kind is one page there, but many pages elsewhere).
  const pages = dirs.flatMap((dir, k) => readPages(dir, k === 0 ? 1 : caseWeight));
  const days = [...new Set(pages.map((page) => page.day))].sort();
  const foldOf = new Map(days.map((day, k) => [day, k % folds]));
  // A fixed start, so that training twice gives the same weights: the first round reads the pages
  // with hand-set weights that say what the rules before the models said.
  const start: Models = {
    junction: {
      bias: 1,
      weights: { heading: -2, comma: 1, short: -1, nextQuote: -1, nextMidSentence: 2, echo: -2 },
    },
    subheading: {
      bias: 0,
      weights: { dated: -2, bylined: 1, headed: 1, titleTag: -3, pictureTitle: -3, numbered: 3 },
    },
  };
  const tally = { junction: { right: 0, total: 0 }, subheading: { right: 0, total: 0 } };
  for (let fold = 0; fold < folds; fold++) {
    const models = train(
      pages.filter((page) => foldOf.get(page.day) !== fold),
      start,
    );
    const testPages = pages.filter((page) => foldOf.get(page.day) === fold);
    const examples = testPages.map((page) => examplesOf(page, models));
    const line: string[] = [];
    for (const kind of KINDS) {
      const held = examples.flatMap((e) => e[kind.key]);
      const share = accuracy(models[kind.key], held, kind.threshold);
      tally[kind.key].right += Math.round(share * held.length);
      tally[kind.key].total += held.length;
      line.push(`${kind.key} ${share.toFixed(3)} on ${held.length}`);
    }
    process.stdout.write(`fold ${fold + 1}/${folds} (${testPages.length} pages): ${line.join(', ')}\n`);
  }
  const models = train(pages, start);
  const all = pages.map((page) => examplesOf(page, models));
  for (const kind of KINDS) {
    const examples = all.flatMap((e) => e[kind.key]);
    const positives = examples.filter((e) => e.label === 1).length;
    const { right, total } = tally[kind.key];
    const crossValidated = right / Math.max(1, total);
    process.stdout.write(
      `${kind.key}: cross-validated by day ${crossValidated.toFixed(3)} on ${total}; majority class ` +
        `${(Math.max(positives, examples.length - positives) / Math.max(1, examples.length)).toFixed(3)}; ` +
        `training ${accuracy(models[kind.key], examples, kind.threshold).toFixed(3)} on ${examples.length}\n`,
    );
    const file = {
      about: `Logistic model: probability that ${kind.what}. Written by scripts/train-parser-models.ts.`,
      examples: examples.length,
      crossValidatedAccuracy: Math.round(crossValidated * 1000) / 1000,
      ...models[kind.key],
    };
    const out = path.resolve(__dirname, '../lib/parser/model', kind.file);
    writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
  }
}

main(process.argv.slice(2));
