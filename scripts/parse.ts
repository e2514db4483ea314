// `npm run --silent parse -- FILE`: prints the parse of one source page as JSON on stdout
// (the contract in lib/parser/types.ts). Unreadable input exits 1 with `file: reason` on stderr.
import { readFileSync } from 'node:fs';
import { decodePage } from '@/lib/parser/decode';
import { isSourceError } from '@/lib/parser/errors';
import { parsePage } from '@/lib/parser/parse-page';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function main(argv: readonly string[]): void {
  const files = argv.filter((arg) => arg !== '--');
  const file = files[0];
  if (file === undefined || files.length > 1) fail('usage: npm run --silent parse -- FILE');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a page'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    fail(`${file}: ${reason}`);
  }
  let text: string;
  try {
    text = decodePage(bytes, file);
  } catch (error) {
    // A SourceError already reads `file:line: reason`; anything else is a bug and keeps its stack.
    if (isSourceError(error)) fail(error.message);
    throw error;
  }
  process.stdout.write(`${JSON.stringify(parsePage(text))}\n`);
}

main(process.argv.slice(2));
