// TLS certificate verification switched off in a RUN command: downloads can be
// replaced by anyone on the path (curl -k, wget --no-check-certificate, pip
// --trusted-host, npm/yarn strict-ssl false, git http.sslVerify false, …).
import type { DockerfileRule } from '../rule';
import type { Fix } from '../../engine/types';
import type { DockerfileModel } from '../../engine/dockerfile/model';
import { shellSteps } from '../../engine/dockerfile/runs';
import { findOption, invocation, type Invocation } from '../../engine/dockerfile/commands';
import { packageCall } from '../../engine/dockerfile/packages';
import { removeShortOption, removeSpan, removeWord, wordRange } from '../../engine/dockerfile/shellEdit';
import type { Word } from '../../engine/dockerfile/shell';

/** Environment variables whose value turns verification off. */
const INSECURE_ENV: Record<string, RegExp> = {
  GIT_SSL_NO_VERIFY: /^/,
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  PYTHONHTTPSVERIFY: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(false|0|no)$/i,
  YARN_STRICT_SSL: /^(false|0|no)$/i,
  PIP_TRUSTED_HOST: /./,
  CURL_CA_BUNDLE: /^$/,
  REQUESTS_CA_BUNDLE: /^$/,
  GIT_SSL_CAINFO: /^\/dev\/null$/,
};

interface Hit { word: Word; what: string; fix?: Fix }

export const rule: DockerfileRule = {
  id: 'DF071',
  title: 'TLS certificate verification disabled in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: true,
  references: [
    'checkov:CKV2_DOCKER_2', 'checkov:CKV2_DOCKER_3', 'checkov:CKV2_DOCKER_4', 'checkov:CKV2_DOCKER_5', 'checkov:CKV2_DOCKER_6',
    'checkov:CKV2_DOCKER_12', 'checkov:CKV2_DOCKER_13', 'checkov:CKV2_DOCKER_14', 'checkov:CKV2_DOCKER_15', 'checkov:CKV2_DOCKER_16',
  ],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        const hits: Hit[] = [];
        for (const a of cmd.assignments) envHit(model, a, true, hits);
        if (inv.name === 'export') for (const a of inv.argv.slice(1)) envHit(model, a, false, hits);
        commandHits(model, inv, hits);
        sslVerifyHits(model, inv, hits);
        for (const h of hits) {
          report({
            range: wordRange(model, h.word),
            message: `${h.what} turns off TLS certificate verification, so a man in the middle can swap what this step downloads. Fix the CA trust instead (install the CA certificate).`,
            fixes: h.fix ? [h.fix] : [],
          });
        }
      }
    }
  },
};

function remove(title: string, ...edits: Fix['edits']): Fix { return { title, edits }; }

function envHit(model: DockerfileModel, word: Word, prefix: boolean, hits: Hit[]): void {
  const eq = word.text.indexOf('=');
  const name = word.text.slice(0, eq);
  const test = INSECURE_ENV[name];
  if (!test || word.dynamic || !test.test(word.text.slice(eq + 1))) return;
  hits.push({ word, what: `\`${word.text || name}\``, fix: prefix ? remove(`Remove ${name}`, removeWord(model, word)) : undefined });
}

function commandHits(model: DockerfileModel, inv: Invocation, hits: Hit[]): void {
  const args = inv.argv.slice(1);
  const flag = (w: Word | undefined, what: string, fix = true) => {
    if (w) hits.push({ word: w, what, fix: fix ? remove(`Remove ${w.text}`, removeWord(model, w)) : undefined });
  };
  switch (inv.name) {
    case 'curl': {
      const w = findOption(args, 'k', '--insecure', '--proxy-insecure');
      if (w) hits.push({ word: w, what: `curl \`${w.text}\``, fix: remove('Remove the insecure option', w.text.startsWith('--') ? removeWord(model, w) : removeShortOption(model, w, 'k')) });
      return;
    }
    case 'wget':
      flag(findOption(args, undefined, '--no-check-certificate'), 'wget `--no-check-certificate`');
      return;
    case 'git': {
      const c = args.findIndex((w, i) => args[i - 1]?.text === '-c' && /^http\.(.+\.)?sslverify=(false|0|no|off)$/i.test(w.text));
      if (c !== -1) hits.push({ word: args[c], what: `git \`-c ${args[c].text}\``, fix: remove('Remove the insecure option', removeSpan(model, args[c - 1].start, args[c].end)) });
      const i = args.findIndex((w) => w.text === 'config');
      if (i !== -1) {
        const rest = args.slice(i + 1).filter((w) => !w.text.startsWith('-'));
        if (/^http\.(.+\.)?sslverify$/i.test(rest[0]?.text ?? '') && /^(false|0|no|off)$/i.test(rest[1]?.text ?? '')) flag(rest[0], `\`git config ${rest[0].text} ${rest[1].text}\``, false);
      }
      return;
    }
  }
  const call = packageCall(inv);
  if (!call) return;
  if (call.manager === 'pip') {
    const w = findOption(call.options, undefined, '--trusted-host');
    if (w) {
      const value = w.text.includes('=') ? undefined : call.options[call.options.indexOf(w) + 1];
      hits.push({ word: w, what: 'pip `--trusted-host`', fix: remove('Remove --trusted-host', removeSpan(model, w.start, (value ?? w).end)) });
    }
    if (call.action === 'config' && /^(set|\w+)$/.test(call.operands[0]?.text ?? '') && /(^|\.)trusted-host$/.test(call.operands[1]?.text ?? '')) {
      flag(call.operands[1], `\`pip config set ${call.operands[1].text}\``, false);
    }
  }
  if (call.manager === 'npm' || call.manager === 'yarn' || call.manager === 'pnpm') {
    const w = call.options.find((o) => /^--strict-ssl=(false|0|no)$/i.test(o.text));
    if (w) flag(w, `${call.manager} \`${w.text}\``);
    const setIdx = call.action === 'config' ? 1 : call.action === 'set' ? 0 : -1;
    if (setIdx !== -1) {
      const ops = setIdx === 1 ? call.operands.slice(1) : call.operands;
      if (setIdx === 1 && call.operands[0]?.text !== 'set') return;
      if (/^strict-ssl=(false|0|no)$/i.test(ops[0]?.text ?? '') || (ops[0]?.text === 'strict-ssl' && /^(false|0|no)$/i.test(ops[1]?.text ?? ''))) {
        flag(ops[0], `\`${call.manager} config set strict-ssl false\``, false);
      }
    }
  }
}

/** `sslverify=0` for yum/dnf, as `--setopt` or written into a .repo/.conf file by echo, sed, tee, … */
function sslVerifyHits(model: DockerfileModel, inv: Invocation, hits: Hit[]): void {
  for (const w of inv.argv.slice(1)) {
    if (!/(^|[\s=.'"])sslverify\s*=\s*(0|false|no)\b/i.test(w.text)) continue;
    const setopt = w.text.startsWith('--setopt');
    hits.push({ word: w, what: `\`${w.text.trim()}\``, fix: setopt ? remove(`Remove ${w.text}`, removeWord(model, w)) : undefined });
  }
}

