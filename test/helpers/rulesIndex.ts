// The rule index rendered from the registry: docs/rules/README.md and README.md's summary.
import { RULES } from '../../server/src/engine';
import type { FileKind } from '../../server/src/engine/types';

export const SUMMARY_START = '<!-- rules:start -->';
export const SUMMARY_END = '<!-- rules:end -->';
const KIND_NAMES: Record<FileKind, string> = { dockerfile: 'Dockerfile', kubernetes: 'Kubernetes', compose: 'Compose' };
const ORDER: FileKind[] = ['dockerfile', 'kubernetes', 'compose'];

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderIndex(): string {
  const out = ['# Rules', '', 'Generated from the registry by `npm run docs:index`. Default `off` rules run when enabled in', 'the configuration or with `shipshape scan --enable-all`.', ''];
  for (const kind of ORDER) {
    const rules = RULES.filter((r) => r.kind === kind);
    out.push(`## ${KIND_NAMES[kind]} (${rules.length})`, '', '| Rule | Default | Category | Fix | Title | Same check elsewhere |', '|---|---|---|---|---|---|');
    for (const r of rules) {
      out.push(`| [${r.id}](${r.id}.md) | ${r.severity} | ${r.category} | ${r.fixable ? 'yes' : ''} | ${cell(r.title)} | ${cell(r.references.join(', '))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function renderSummary(): string {
  const counts = ORDER.map((kind) => {
    const rules = RULES.filter((r) => r.kind === kind);
    const fixable = rules.filter((r) => r.fixable).length;
    const loud = rules.filter((r) => r.severity === 'error' || r.severity === 'warning').length;
    return `| ${KIND_NAMES[kind]} | ${rules.length} | ${loud} | ${fixable} |`;
  });
  return [SUMMARY_START, '| Kind | Rules | On as error/warning | With a quick fix |', '|---|---:|---:|---:|', ...counts, '',
    'Every rule, with its default and the same check in other tools: [docs/rules](docs/rules/README.md).', ''].join('\n');
}
