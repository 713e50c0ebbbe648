// ingress-nginx snippet annotations: raw NGINX config from whoever can write an Ingress (CVE-2021-25742).
import type { KubernetesRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { annotationsOf, stringEntries } from './objects';

const SNIPPET = /^nginx\.ingress\.kubernetes\.io\/(configuration|server|stream|auth)-snippets?$/;

export const rule: KubernetesRule = {
  id: 'K8S062',
  title: 'ingress-nginx snippet annotation',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: ['checkov:CKV_K8S_152', 'checkov:CKV_K8S_153', 'checkov:CKV_K8S_154', 'trivy:KCV-0093'],
  check(model, report) {
    for (const ingress of model.objects) {
      if (ingress.kind !== 'Ingress') continue;
      for (const { key, value, pair } of stringEntries(annotationsOf(ingress))) {
        if (!SNIPPET.test(key)) continue;
        const lua = /\b(content|access|rewrite|header_filter|body_filter|log|set)_by_lua/.test(value);
        const alias = /(^|[\s;{])alias\s/.test(value);
        report({
          range: keyRange(model.file.lines, pair),
          message: `${describeObject(ingress)} injects raw NGINX configuration through \`${key}\`${lua ? ' (with Lua code)' : alias ? ' (with an alias directive)' : ''}: the controller runs it with its own rights, which can read every Secret it serves (CVE-2021-25742). Use dedicated annotations, and keep snippets disabled on the controller.`,
        });
      }
    }
  },
};
