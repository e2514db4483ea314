// Splits an article file into YAML front matter and Markdown body, and joins them back.
// One fixed YAML style so that ingest output is byte-stable.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** Thrown when an article file is not `---\n<yaml>\n---\n<body>`. */
export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'FrontMatterError';
  }
}

/** Splits `---\nyaml\n---\nbody` into the parsed YAML (unknown until validated) and the body. */
export function splitFrontMatter(file: string, text: string): { data: unknown; body: string } {
  // An editor fixing a typo may save with a BOM or Windows line ends; read those files all the same.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalised);
  if (!match) throw new FrontMatterError(file, 1, 'missing YAML front matter (the file must start with ---)');
  try {
    return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new FrontMatterError(file, line + 1, `invalid YAML front matter: ${(error as Error).message}`);
  }
}

/** Joins front matter (keys kept in the given order) and a Markdown body into one file's text. */
export function joinFrontMatter(data: object, body: string): string {
  const yaml = stringifyYaml(data, { lineWidth: 0, defaultStringType: 'PLAIN', nullStr: 'null' });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
