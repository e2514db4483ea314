// Runs a command and measures what it costs: wall time and the peak resident memory of its whole
// process tree (next build forks workers, so one process's maxrss would under-report). Linux /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** What one measured command cost. */
export interface Measured {
  ms: number;
  peakRssBytes: number;
  output: string;
  /** Each stdout line with the time it arrived (ms after start): where a long build spends its time. */
  lines: { atMs: number; text: string }[];
}

/** Sums the resident memory of `rootPid` and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid … ; rss is field 24 overall.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * PAGE_BYTES);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Runs `command args` (inheriting stderr), sampling the tree's memory every 200 ms; rejects on failure. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let pending = '';
    const lines: Measured['lines'] = [];
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      const parts = (pending + text).split('\n');
      pending = parts.pop() ?? '';
      const atMs = performance.now() - started;
      for (const line of parts) lines.push({ atMs, text: line });
    });
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (pending) lines.push({ atMs: ms, text: pending });
      if (code === 0) resolve({ ms, peakRssBytes: peak, output, lines });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
    });
  });
}
