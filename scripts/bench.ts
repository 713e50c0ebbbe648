// npm run bench: the engine over the real corpus, beside the parse-only floor and the peers that
// run in process, all in one run so the ratios share the machine's mood.
// The floor is the stock library (dockerfile-ast, yaml) as npm installs it; a second row times the
// same parser as the engine bundles it (a faster build or memoized library methods), so a reader
// sees how much of the engine's time is parsing and how much is the rules.
// Usage: npm run bench [-- --passes N] [-- --kind dockerfile|kubernetes|compose] [-- --json]   (corpus: $SHIPSHAPE_CORPUS or ../shared/corpus)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';
import { validate as dockerfileUtilsValidate } from 'dockerfile-utils';
import { buildSync } from 'esbuild';
import { engineBundle } from './bundling.mjs';
import type * as Engine from '../server/src/engine';
import type { Config } from '../server/src/engine';

// The engine as it ships: bundled and minified by esbuild with the options of scripts/build.mjs (not through tsx,
// whose per-function helpers would tax our code and not the libraries').
const ENGINE_BUNDLE = join(__dirname, '..', '.bench', 'engine.js');
buildSync({ ...engineBundle, entryPoints: [join(__dirname, '..', 'server', 'src', 'engine', 'index.ts')], outfile: ENGINE_BUNDLE, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });
const { analyze, mergeConfig } = require(ENGINE_BUNDLE) as typeof Engine;
// The parsers alone, bundled exactly as in the engine (yaml's ES module build; dockerfile-ast with
// its answers memoized): the part of the engine's time that is parsing.
const PARSERS_BUNDLE = join(__dirname, '..', '.bench', 'parsers.js');
const PARSERS = "import '../server/src/engine/dockerfile/answers'; export { DockerfileParser } from 'dockerfile-ast'; export { parseAllDocuments } from 'yaml';";
buildSync({ ...engineBundle, stdin: { contents: PARSERS, resolveDir: __dirname, loader: 'ts' }, outfile: PARSERS_BUNDLE, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });
const bundled = require(PARSERS_BUNDLE) as { parseAllDocuments: typeof parseAllDocuments; DockerfileParser: typeof DockerfileParser };

// dockerfilelint ships no types for run(); it is CommonJS.
const dockerfilelint = require('dockerfilelint') as { run(configPath: string, content: string): unknown[] };

const args = process.argv.slice(2);
const PASSES = Number(args[args.indexOf('--passes') + 1]) || 5;
const CORPUS = resolve(process.env.SHIPSHAPE_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus'));
const DEFAULTS = mergeConfig([]).config;
const ENABLE_ALL = mergeConfig([{ source: 'bench', value: { enableAll: true } }]).config;
// No forced collection between passes: after a forced gc(), V8 throws away optimised code that
// embedded collected objects (about 120 deoptimisations per Compose pass, against 1 without), so
// each pass re-measured warm-up and the parse-only floor itself ran ~60% slower. An editor's server
// sees full collections rarely; the contenders take turns inside each pass instead, sharing the heap.

interface Input { path: string; text: string }
interface Contender { name: string; run(input: Input): unknown; floor?: boolean }
interface Suite { kind: string; dir: string; nameAs: (path: string) => string; contenders: Contender[] }

const shipshape = (label: string, config: Config, nameAs: (p: string) => string): Contender => ({
  name: `shipshape analyze (${label})`,
  run: (i) => analyze(i.text, { path: nameAs(i.path), config }),
});
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false };
const yamlFloor: Contender = {
  name: 'yaml parseAllDocuments (parse-only floor)',
  floor: true,
  run: (i) => parseAllDocuments(i.text, YAML_OPTIONS),
};
const AS_BUNDLED = 'as the engine bundles it';
const yamlAsBundled: Contender = {
  name: `yaml parseAllDocuments, ${AS_BUNDLED}`,
  run: (i) => bundled.parseAllDocuments(i.text, YAML_OPTIONS),
};
// The corpus keeps original names flattened (a__b__Dockerfile); analyze by the base name's kind.
const asDockerfile = () => 'Dockerfile';
const asYaml = () => 'manifest.yaml';
const asCompose = () => 'compose.yaml';

const SUITES: Suite[] = [
  {
    kind: 'dockerfile', dir: 'dockerfile', nameAs: asDockerfile,
    contenders: [
      { name: 'dockerfile-ast parse (parse-only floor)', floor: true, run: (i) => DockerfileParser.parse(i.text) },
      { name: `dockerfile-ast parse, ${AS_BUNDLED}`, run: (i) => bundled.DockerfileParser.parse(i.text) },
      shipshape('defaults', DEFAULTS, asDockerfile),
      shipshape('--enable-all', ENABLE_ALL, asDockerfile),
      { name: 'dockerfile-utils validate (peer)', run: (i) => dockerfileUtilsValidate(i.text) },
      { name: 'dockerfilelint run (peer)', run: (i) => dockerfilelint.run('', i.text) },
    ],
  },
  {
    kind: 'kubernetes', dir: 'k8s', nameAs: asYaml,
    contenders: [yamlFloor, yamlAsBundled, shipshape('defaults', DEFAULTS, asYaml), shipshape('--enable-all', ENABLE_ALL, asYaml)],
  },
  {
    kind: 'compose', dir: 'compose', nameAs: asCompose,
    contenders: [yamlFloor, yamlAsBundled, shipshape('defaults', DEFAULTS, asCompose), shipshape('--enable-all', ENABLE_ALL, asCompose)],
  },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  }).sort();
}

interface Timing { name: string; floor: boolean; totals: number[]; perFile: number[][] }

/** Passes outside, contenders inside: every contender sees the same noise. */
function measure(suite: Suite, inputs: Input[]): Timing[] {
  const timings: Timing[] = suite.contenders.map((c) => ({ name: c.name, floor: Boolean(c.floor), totals: [], perFile: inputs.map(() => []) }));
  for (let pass = -1; pass < PASSES; pass++) {
    suite.contenders.forEach((contender, ci) => {
      let total = 0;
      inputs.forEach((input, fi) => {
        const t0 = performance.now();
        contender.run(input);
        const dt = performance.now() - t0;
        total += dt;
        if (pass >= 0) timings[ci].perFile[fi].push(dt);
      });
      if (pass >= 0) timings[ci].totals.push(total);
    });
  }
  return timings;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fmt = (n: number, digits = 3) => n.toFixed(digits);

interface Row { kind: string; name: string; files: number; totalMs: number; meanMs: number; medianMs: number; p95Ms: number; maxMs: number; ratio: number }

function summarize(kind: string, timings: Timing[]): Row[] {
  const floor = timings.find((t) => t.floor)!;
  const floorTotal = median(floor.totals);
  return timings.map((t) => {
    const fileMedians = t.perFile.map(median);
    const totalMs = median(t.totals);
    return {
      kind, name: t.name, files: fileMedians.length, totalMs,
      meanMs: totalMs / fileMedians.length, medianMs: median(fileMedians), p95Ms: quantile(fileMedians, 0.95),
      maxMs: Math.max(...fileMedians), ratio: totalMs / floorTotal,
    };
  });
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.error(`bench: no corpus at ${CORPUS} (set SHIPSHAPE_CORPUS)`);
    process.exit(2);
  }
  const rows: Row[] = [];
  const only = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
  for (const suite of SUITES.filter((x) => only === undefined || x.kind === only)) {
    const inputs = files(join(CORPUS, suite.dir)).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    rows.push(...summarize(suite.kind, measure(suite, inputs)));
  }
  if (args.includes('--json')) { console.log(JSON.stringify({ passes: PASSES, node: process.version, rows }, null, 2)); return; }
  console.log(`Shipshape bench: ${PASSES} timed passes after one warm-up, median pass; per-file figures are medians over passes. Node ${process.version}, no forced GC.`);
  console.log('ratio = total time / the parse-only floor of the same kind, in this run.\n');
  console.log('| kind | what | files | total ms | ms/file mean | median | p95 | max | ratio |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.kind} | ${r.name} | ${r.files} | ${fmt(r.totalMs, 1)} | ${fmt(r.meanMs)} | ${fmt(r.medianMs)} | ${fmt(r.p95Ms)} | ${fmt(r.maxMs, 2)} | ${fmt(r.ratio, 2)}× |`);
  }
  console.log('\nTargets: Dockerfile analysis ≤ 2× dockerfile-ast and faster than dockerfile-utils validate; Kubernetes and Compose ≤ 1.5× yaml.');
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const full = rows.find((r) => r.kind === kind && r.name.includes('--enable-all'))!;
    const limit = kind === 'dockerfile' ? 2 : 1.5;
    const peer = rows.find((r) => r.kind === kind && r.name.startsWith('dockerfile-utils'));
    const vsPeer = peer ? `; ${fmt(peer.totalMs / full.totalMs, 2)}× faster than dockerfile-utils` : '';
    const parse = rows.find((r) => r.kind === kind && r.name.includes(AS_BUNDLED));
    const vsParse = parse ? `; ${fmt(full.totalMs / parse.totalMs, 2)}× its own parser ${AS_BUNDLED}` : '';
    console.log(`- ${kind}: whole catalogue at ${fmt(full.ratio, 2)}× the floor (target ≤ ${limit}×: ${full.ratio <= limit ? 'met' : 'NOT met'})${vsParse}${vsPeer}`);
  }
}

main();
