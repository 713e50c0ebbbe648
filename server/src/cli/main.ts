// `shipshape`: the engine on the command line, for CI.
//   shipshape scan [paths…] [--format text|json|sarif] [--config FILE] [--fail-on error|warning|info|none] [--enable-all] [--disallow-suppressions]
//   shipshape rules [--format text|json]
// Exit: 0 nothing at or above --fail-on; 1 something is; 2 usage or internal error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, RULES, type Severity } from '../engine';
import { configFor } from '../workspace/configFile';
import { isKustomizePatch } from '../workspace/kustomize';
import { dockerignoreFor } from '../workspace/dockerignore';
import { filesToScan, missingPaths } from './files';
import { renderJson, renderSarif, renderText, SEVERITY_RANK, type ScanReport } from './report';
import { version } from '../../../package.json';

const USAGE = `Usage:
  shipshape scan [paths…] [--format text|json|sarif] [--config FILE] [--fail-on error|warning|info|none] [--enable-all] [--disallow-suppressions]
  shipshape rules [--format text|json]
  shipshape --version`;

class UsageError extends Error {}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      'enable-all': { type: 'boolean', default: false },
      'disallow-suppressions': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.version) { console.log(version); return 0; }
  const [command, ...paths] = positionals;
  if (values.help || !command) { console.log(USAGE); return values.help ? 0 : 2; }
  if (command === 'rules') return listRules(values.format);
  if (command === 'scan') return scan(paths.length ? paths : ['.'], values.format, values.config, values['fail-on'], { enableAll: values['enable-all'], disallowSuppressions: values['disallow-suppressions'] });
  throw new UsageError(`unknown command \`${command}\``);
}

function listRules(format: string): number {
  if (format === 'json') {
    console.log(JSON.stringify(RULES.map(({ id, title, kind, severity, category, fixable, references }) =>
      ({ id, title, kind, severity, category, fixable, references })), null, 2));
  } else if (format === 'text') {
    for (const r of RULES) console.log(`${r.id.padEnd(7)} ${r.severity.padEnd(7)} ${r.kind.padEnd(10)} ${r.title}${r.fixable ? ' (fixable)' : ''}\n        ${r.references.join(', ')}`);
  } else throw new UsageError(`--format must be text or json for \`rules\``);
  return 0;
}

function scan(paths: string[], format: string, configFile: string | undefined, failOn: string, forced: { enableAll: boolean; disallowSuppressions: boolean }): number {
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  if (failOn !== 'none' && !(failOn in SEVERITY_RANK)) throw new UsageError('--fail-on must be error, warning, info or none');
  const missing = missingPaths(paths);
  if (missing.length) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  const report: ScanReport = { files: [], skipped: [] };
  const warned = new Set<string>();
  for (const path of filesToScan(paths)) {
    const { config, problems } = configFor(path, { configFile, ...forced });
    for (const p of problems) if (!warned.has(p)) { warned.add(p); console.error(`shipshape: config: ${p}`); }
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch (error) {
      report.skipped.push({ path, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` });
      continue;
    }
    const result = analyze(text, { path, config, partial: isKustomizePatch(path), dockerignore: dockerignoreFor(path) });
    if (result.skipped) report.skipped.push({ path, reason: result.skipped });
    else if (result.kind) {
      report.files.push({
        path, kind: result.kind, findings: result.findings,
        ...(result.notes.length ? { notes: result.notes } : {}), ...(result.suppressed ? { suppressed: result.suppressed } : {}),
      });
    }
  }
  console.log(format === 'json' ? renderJson(report) : format === 'sarif' ? renderSarif(report, version) : renderText(report));
  if (failOn === 'none') return 0;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return report.files.some((f) => f.findings.some((x) => SEVERITY_RANK[x.severity] >= threshold)) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`shipshape: ${usage ? (error as Error).message : `internal error: ${(error as Error).stack ?? error}`}`);
  if (usage) console.error(USAGE);
  process.exitCode = 2;
}
