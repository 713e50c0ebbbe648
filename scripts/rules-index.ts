// npm run docs:index: writes docs/rules/README.md (every rule, one row each) and the rule
// counts in README.md from the registry. test/docs.test.ts checks both are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderIndex, renderSummary, SUMMARY_END, SUMMARY_START } from '../test/helpers/rulesIndex';

const root = join(__dirname, '..');
writeFileSync(join(root, 'docs', 'rules', 'README.md'), renderIndex());
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(SUMMARY_START), end = readme.indexOf(SUMMARY_END);
if (start < 0 || end < 0) throw new Error(`README.md lacks the ${SUMMARY_START} … ${SUMMARY_END} markers`);
writeFileSync(readmePath, readme.slice(0, start) + renderSummary() + readme.slice(end));
console.log('docs/rules/README.md and the README rule summary are up to date');
