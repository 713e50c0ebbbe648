// ENV/ARG settings that turn off TLS certificate checks for pip, Python, Node,
// npm/yarn, git, curl-based tools and Go.
import type { DockerfileRule } from '../rule';
import { allInstructions, deleteWord, outer, pairsOf } from '../../engine/dockerfile/instructions';

/** What each variable does when set to a value `unsafe` accepts. */
const TOGGLES: Record<string, { unsafe: (v: string) => boolean; effect: string }> = {
  PIP_TRUSTED_HOST: { unsafe: (v) => v !== '', effect: 'makes pip accept any certificate from those hosts' },
  PYTHONHTTPSVERIFY: { unsafe: (v) => v === '0', effect: 'turns off certificate checks in Python\'s standard HTTPS client' },
  NODE_TLS_REJECT_UNAUTHORIZED: { unsafe: (v) => v === '0', effect: 'makes Node.js accept any TLS certificate' },
  NPM_CONFIG_STRICT_SSL: { unsafe: (v) => v.toLowerCase() === 'false', effect: 'makes npm accept any registry certificate' },
  YARN_ENABLE_STRICT_SSL: { unsafe: (v) => v.toLowerCase() === 'false', effect: 'makes Yarn accept any registry certificate' },
  GIT_SSL_NO_VERIFY: { unsafe: () => true, effect: 'makes git skip certificate checks' },
  GIT_SSL_CAINFO: { unsafe: (v) => v === '/dev/null', effect: 'gives git an empty CA bundle' },
  CURL_CA_BUNDLE: { unsafe: (v) => v === '', effect: 'turns off certificate checks in Python requests' },
  REQUESTS_CA_BUNDLE: { unsafe: (v) => v === '', effect: 'turns off certificate checks in Python requests' },
};

/** GODEBUG settings that bring back broken certificate or TLS behaviour. */
const WEAK_GODEBUG = new Set(['x509ignorecn=0', 'x509sha1=1', 'x509negativeserial=1', 'tlsrsakex=1', 'tls10server=1', 'tls3des=1']);

export const rule: DockerfileRule = {
  id: 'DF033',
  title: 'TLS verification disabled by an environment variable',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: true,
  references: ['checkov:CKV2_DOCKER_5', 'checkov:CKV2_DOCKER_6', 'checkov:CKV2_DOCKER_12', 'checkov:CKV2_DOCKER_14', 'checkov:CKV2_DOCKER_16', 'cis-docker:4.11'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'ENV' && l.keyword !== 'ARG') continue;
      const pairs = pairsOf(l.inst);
      for (const pair of pairs) {
        if (pair.value === null) continue;
        const name = /^npm_config_/i.test(pair.name) ? pair.name.toUpperCase() : pair.name;
        let effect = TOGGLES[name]?.unsafe(pair.value) ? TOGGLES[name].effect : undefined;
        let removable = true;
        if (name === 'GODEBUG') {
          const settings = pair.value.split(',').map((s) => s.trim()).filter(Boolean);
          const weak = settings.filter((s) => WEAK_GODEBUG.has(s.toLowerCase()));
          if (weak.length) effect = `weakens Go's TLS/X.509 checks (${weak.join(', ')})`;
          removable = weak.length === settings.length;
        }
        if (!effect) continue;
        const fix = removable ? { title: `Remove ${pair.name}`, edits: [deleteWord(model, outer(l), pair.range, pairs.map((p) => p.range))] } : undefined;
        report({
          range: pair.range,
          message: `\`${pair.name}=${pair.value}\` ${effect}, so downloads can be tampered with in transit. Install the right CA certificate instead.`,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
