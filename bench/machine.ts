// Describes the machine a benchmark ran on (CPU, cores, memory, Node, OS), so printed numbers can
// be compared honestly. Every bench prints this first. Run alone: npx tsx bench/machine.ts
import os from 'node:os';

/** One line per fact about this machine: CPU model, cores, memory, load, Node version, OS. */
export function describeMachine(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const gb = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  return [
    `cpu: ${model} (${cpus.length} logical cores${os.availableParallelism ? `, available parallelism ${os.availableParallelism()}` : ''})`,
    `memory: ${gb(os.totalmem())} total, ${gb(os.freemem())} free`,
    `load average (1/5/15 min): ${load}`,
    `node: ${process.version} (${process.arch}), v8 ${process.versions.v8}`,
    `os: ${os.type()} ${os.release()} (${os.platform()})`,
  ];
}

/** Prints the machine description under a heading. */
export function printMachine(title: string): void {
  console.log(`# ${title}`);
  for (const line of describeMachine()) console.log(`  ${line}`);
}

if (process.argv[1] && /machine\.ts$/u.test(process.argv[1])) printMachine('machine');
