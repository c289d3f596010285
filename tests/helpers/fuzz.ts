/**
 * The fuzzing harness shared by tests/unit/fuzz: how many runs, which seed,
 * timing of every input, and the contract every importer result must meet.
 *
 * - `LAWDIFF_FUZZ_RUNS`: runs per target (default 60: the fast sample inside `npm test`;
 *   `npm run fuzz` sets 10000).
 * - `LAWDIFF_FUZZ_FULL=1`: the full run; an input that takes longer than
 *   `LAWDIFF_FUZZ_HANG_MS` (default 5000) fails as a hang. The fast sample asserts no time.
 *   "Takes" is the CPU time of this process (user + system, `process.cpuUsage`): the fuzz
 *   runs beside other work on a 2-core machine, where wall time measured the machine's load
 *   (the same input took 1.2 s alone and 5.6 s at load 13), not the input.
 * - `LAWDIFF_FUZZ_SEED`: replaces every target's fixed seed; `LAWDIFF_FUZZ_PATH`
 *   (with the seed, and `-t <target>`) replays the counterexample fast-check printed.
 * - `LAWDIFF_FUZZ_REPORT`: a file that receives one JSON line per target
 *   (count, total and slowest time), which scripts/fuzz.mjs prints as a table.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type fc from 'fast-check';
import type { Problem } from '../../src/model/problems.js';
import type { VersionDoc } from '../../src/model/types.js';
import { parseVersionDoc } from '../../src/model/validate.js';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw}: expected a positive whole number`);
  return n;
}

/** Runs per target. */
export const RUNS = positiveInt('LAWDIFF_FUZZ_RUNS', 60);
/** The full run (`npm run fuzz`): hangs are asserted. */
export const FULL = process.env.LAWDIFF_FUZZ_FULL === '1';
/** One input taking longer than this is a hang (full run only). */
export const HANG_MS = positiveInt('LAWDIFF_FUZZ_HANG_MS', 5000);

/** Per-test timeout for vitest: the config's 60 s is too short for 10,000 inputs on a busy machine. */
export const TEST_TIMEOUT = FULL || RUNS > 1000 ? 4 * 60 * 60_000 : 120_000;

/** fast-check parameters: a fixed seed per target unless `LAWDIFF_FUZZ_SEED` says otherwise. */
export function fuzzParams(seed: number, numRuns = RUNS): fc.Parameters<unknown> {
  const env = process.env;
  const s = env.LAWDIFF_FUZZ_SEED ? Number(env.LAWDIFF_FUZZ_SEED) : seed;
  return { seed: s, numRuns, ...(env.LAWDIFF_FUZZ_PATH ? { path: env.LAWDIFF_FUZZ_PATH, endOnFailure: true } : {}) };
}

/** Count, total and slowest time of one target's inputs. */
export class Timings {
  count = 0;
  totalMs = 0;
  slowestMs = 0;
  slowest = '';
  /** The longest wall time of an input (reported beside the CPU times, which decide). */
  slowestWallMs = 0;
  /** How the inputs came out (`version`, `errors`, …), to show the inputs reach past the first check. */
  readonly outcomes: Record<string, number> = {};

  constructor(readonly target: string) {}

  /** Runs `f` on one input, timing its CPU time; in the full run an input slower than {@link HANG_MS} fails. */
  time<T>(describe: () => string, f: () => T): T {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = f();
    const cpu = process.cpuUsage(c0);
    const ms = (cpu.user + cpu.system) / 1000;
    const wall = performance.now() - t0;
    if (wall > this.slowestWallMs) this.slowestWallMs = wall;
    this.count++;
    this.totalMs += ms;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowest = describe();
    }
    if (FULL && ms > HANG_MS) throw new Error(`${this.target}: one input took ${Math.round(ms)} ms of CPU (> ${HANG_MS} ms; ${Math.round(wall)} ms of wall time): a hang. Input: ${describe()}`);
    return out;
  }

  /** {@link time} for a reader that answers later (pdf.js): the CPU time until it answers. */
  async timeAsync<T>(describe: () => string, f: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = await f();
    const cpu = process.cpuUsage(c0);
    const ms = (cpu.user + cpu.system) / 1000;
    const wall = performance.now() - t0;
    if (wall > this.slowestWallMs) this.slowestWallMs = wall;
    this.count++;
    this.totalMs += ms;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowest = describe();
    }
    if (FULL && ms > HANG_MS) throw new Error(`${this.target}: one input took ${Math.round(ms)} ms of CPU (> ${HANG_MS} ms; ${Math.round(wall)} ms of wall time): a hang. Input: ${describe()}`);
    return out;
  }

  /** Counts one input's outcome. */
  outcome(kind: string): void {
    this.outcomes[kind] = (this.outcomes[kind] ?? 0) + 1;
  }

  /** Appends this target's numbers to the report file (when one is set). */
  report(): void {
    const file = process.env.LAWDIFF_FUZZ_REPORT;
    if (!file) return;
    const line = { target: this.target, count: this.count, totalMs: Math.round(this.totalMs), slowestMs: Math.round(this.slowestMs * 10) / 10, slowestWallMs: Math.round(this.slowestWallMs), slowest: this.slowest, outcomes: this.outcomes };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

/** A short description of an input for the report: its length and its start. */
export function describeText(text: string): string {
  const head = JSON.stringify(text.slice(0, 60));
  return `${text.length} chars, ${countLines(text)} lines: ${head}${text.length > 60 ? '…' : ''}`;
}

/** Lines as the importers count them (CRLF, CR and LF end a line; a BOM is not a line). */
export function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/**
 * Errors that concern the whole input rather than a line, or an option given with it (an
 * invalid `language`): there is no line to name. Anything else with line 0 must name a JSON path instead.
 */
export const WHOLE_INPUT = [/^no article found\b/, /^no § found\b/, /^unknown format\b/, /^The XML document is too large\b/, /^the language option: /];

/** A JSON path as the validators and the Taiwan JSON importer name one: `$.body[3].num`, `law_data[2]`, `law_reasons["…"]`. */
const JSON_PATH = /^(\$|law_data|law_reasons)([.[]|$)/u;

/**
 * What is wrong with the problems of one import, as a list of messages
 * (empty when all is well): every problem is well formed, and every error
 * names where it is, a line of the input (with a column for XML), or a JSON
 * path; only an error about the whole input may name neither.
 */
export function problemDefects(text: string, problems: readonly Problem[], options: { jsonPaths?: boolean } = {}): string[] {
  const out: string[] = [];
  if (!Array.isArray(problems)) return ['problems is not an array'];
  const lines = countLines(text);
  for (const p of problems) {
    const at = `${p.severity} at line ${p.line}: ${p.message}`;
    if (p.severity !== 'error' && p.severity !== 'warning') out.push(`bad severity: ${at}`);
    if (typeof p.message !== 'string' || p.message.trim() === '') out.push(`no message: ${JSON.stringify(p)}`);
    if (typeof p.text !== 'string') out.push(`text is not a string: ${at}`);
    if (!Number.isInteger(p.line) || p.line < 0) out.push(`line is not a whole number ≥ 0: ${at}`);
    if (p.line > lines) out.push(`line ${p.line} is past the end of the input (${lines} lines): ${at}`);
    if (p.column !== undefined && (!Number.isInteger(p.column) || p.column < 1)) out.push(`column is not a whole number ≥ 1: ${at}`);
    if (p.severity !== 'error' || p.line >= 1) continue;
    if (options.jsonPaths && JSON_PATH.test(p.text)) continue;
    if (WHOLE_INPUT.some((re) => re.test(p.message))) continue;
    out.push(`an error names neither a line nor a JSON path: ${at} (text ${JSON.stringify(p.text)})`);
  }
  return out;
}

/**
 * What is wrong with an import result: {@link problemDefects}, and when the
 * import has no error, the version must pass validation as the JSON the CLI
 * would write (`lawdiff import -o`), which is how it is read back.
 */
export function resultDefects(text: string, r: { doc?: VersionDoc; problems: Problem[] }, options: { jsonPaths?: boolean } = {}): string[] {
  const out = problemDefects(text, r.problems, options);
  if (r.problems.some((p) => p.severity === 'error')) return out;
  if (!r.doc) return [...out, 'no error, but no version either'];
  const back = parseVersionDoc(JSON.stringify(r.doc));
  if (back.problems.length > 0) out.push(`the imported version does not validate: ${back.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
  return out;
}
