/** Prints a figure line the same way in every benchmark: `label  value`. */
export function figure(label: string, value: string | number): void {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}

export function heading(text: string): void {
  process.stdout.write(`\n== ${text}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `BENCH_QUICK=1`: small sizes, a few seconds, so CI runs every bench and a broken one fails. */
export const QUICK = process.env.BENCH_QUICK === '1';

/** The full size, or the quick one under `BENCH_QUICK=1`; an explicit environment variable wins over both. */
export function size(envName: string, full: number, quick: number): number {
  const explicit = process.env[envName];
  return explicit !== undefined ? Number(explicit) : QUICK ? quick : full;
}
