// Where pods hide: every container rule fires in every container list of every
// workload kind (and in List items); a broken document does not silence the
// others; the Pod Security level setting switches exactly the restricted rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, levelOf, mergeConfig, RULES } from '../../server/src/engine';
import { ALL_RULES } from '../helpers/fixes';

/** A container that violates each container rule (unindented, one entry per line). */
const VIOLATIONS: Record<string, string> = {
  K8S001: 'name: x\nimage: x:1',
  K8S002: 'name: x\nimage: x:1\nsecurityContext:\n  runAsNonRoot: true',
  K8S004: 'name: x\nimage: x:1\nsecurityContext:\n  privileged: true',
  K8S005: 'name: x\nimage: x:1\nsecurityContext:\n  capabilities:\n    add: [SYS_ADMIN]',
  K8S007: 'name: x\nimage: x:1\nports:\n  - containerPort: 8080\n    hostPort: 8080',
  K8S008: 'name: x\nimage: x:1\nlivenessProbe:\n  tcpSocket:\n    host: 10.0.0.1\n    port: 80',
  K8S009: 'name: x\nimage: x:1\nsecurityContext:\n  appArmorProfile:\n    type: Unconfined',
  K8S010: 'name: x\nimage: x:1\nsecurityContext:\n  seLinuxOptions:\n    user: system_u',
  K8S011: 'name: x\nimage: x:1\nsecurityContext:\n  procMount: Unmasked',
  K8S012: 'name: x\nimage: x:1\nsecurityContext:\n  seccompProfile:\n    type: Unconfined',
  K8S014: 'name: x\nimage: x:1\nsecurityContext:\n  windowsOptions:\n    hostProcess: true',
  K8S016: 'name: x\nimage: x:1\nsecurityContext:\n  allowPrivilegeEscalation: true',
  K8S017: 'name: x\nimage: x:1\nsecurityContext:\n  runAsNonRoot: false',
  K8S018: 'name: x\nimage: x:1\nsecurityContext:\n  runAsUser: 0',
  K8S019: 'name: x\nimage: x:1\nsecurityContext:\n  runAsNonRoot: true',
  K8S021: 'name: x\nimage: x:1\nsecurityContext:\n  readOnlyRootFilesystem: false',
  K8S023: 'name: x\nimage: x:latest',
  K8S026: 'name: x\nimage: x:1\nenv:\n  - name: DB_PASSWORD\n    value: s3cr3t-hunter2',
  K8S037: 'name: x\nimage: x:1\nsecurityContext:\n  runAsUser: 1000',
  K8S038: 'name: x\nimage: x:1\nsecurityContext:\n  runAsGroup: 0',
  K8S039: 'name: x\nimage: x:1\nports:\n  - containerPort: 80',
  K8S043: 'name: x\nimage: x:1',
  K8S044: 'name: x\nimage: x:1',
  K8S045: 'name: x\nimage: nginx:1.27',
  K8S046: 'name: x\nimage: x:1',
  K8S047: 'name: x\nimage: x:1\nenvFrom:\n  - secretRef:\n      name: s',
  K8S048: 'name: x\nimage: x:1',
  K8S049: 'name: x\nimage: x:1\nreadinessProbe:\n  httpGet:\n    port: web',
  K8S063: 'name: x\nimage: gcr.io/kubernetes-helm/tiller:v2.16.12',
  K8S069: 'name: x\nimage: x:1\nenv:\n  - name: GITSYNC_GIT\n    value: /tmp/git',
  K8S072: 'name: x\nimage: x:1\nenv:\n  - name: A\n    value: "1"\n  - name: A\n    value: "2"',
  K8S074: 'name: x\nimage: x:1\ncommand:\n  - kube-apiserver\n  - --anonymous-auth=true',
};

/** Where a rule does not apply by design: [rule, field, kind]. */
const NOT_APPLICABLE = (id: string, field: string, kind: string) =>
  (id === 'K8S046' && field === 'ephemeralContainers')
  || (id === 'K8S048' && (field !== 'containers' || kind === 'Job' || kind === 'CronJob'));

const indent = (text: string, n: number) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');
const item = (text: string, n: number) => indent(text, n + 2).replace(/^ {2}/, '').replace(/^(\s*)/, `${' '.repeat(n)}- `);
const OTHER = 'name: other\nimage: registry.example.com/other:1.0.0';

/** The pod spec (at `depth`) holding `container` in `field` (plus a regular container). */
function podSpec(container: string, field: string, depth: number): string {
  const lists = field === 'containers' ? [['containers', container]] : [['containers', OTHER], [field, container]];
  return lists.map(([f, c]) => `${' '.repeat(depth)}${f}:\n${item(c, depth + 2)}`).join('\n') + '\n';
}

const KINDS: [string, (spec: (depth: number) => string) => string][] = [
  ['Pod', (s) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\nspec:\n${s(2)}`],
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].map((k): [string, (s: (d: number) => string) => string] =>
    [k, (s) => `apiVersion: apps/v1\nkind: ${k}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${s(6)}`]),
  ['ReplicationController', (s) => `apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${s(6)}`],
  ['Job', (s) => `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${s(6)}`],
  ['CronJob', (s) => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: w\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${s(10)}`],
  ['PodTemplate', (s) => `apiVersion: v1\nkind: PodTemplate\nmetadata:\n  name: w\ntemplate:\n  spec:\n${s(4)}`],
  ['List item', (s) => `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: w\n    spec:\n${s(6)}`],
];

describe('where pods hide', () => {
  for (const [id, container] of Object.entries(VIOLATIONS)) {
    it(`${id} fires in every container list of every workload kind`, () => {
      for (const [kind, build] of KINDS) {
        for (const field of ['containers', 'initContainers', 'ephemeralContainers']) {
          const text = build((depth) => podSpec(container, field, depth));
          const lines = text.split('\n');
          const first = lines.findIndex((l) => l.includes('- name: x'));
          const last = first + container.split('\n').length - 1;
          const hits = analyze(text, { path: 'm.yaml', config: ALL_RULES }).findings
            .filter((f) => f.ruleId === id && f.range.start.line >= first && f.range.start.line <= last);
          if (NOT_APPLICABLE(id, field, kind)) assert.equal(hits.length, 0, `${id} should not fire: ${field} of ${kind}`);
          else assert.ok(hits.length > 0, `${id} missed the container in ${field} of ${kind}:\n${text}`);
        }
      }
    });
  }

  it('a document that does not parse leaves the others analysed', () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: c:1\n      securityContext:\n        privileged: true\n`;
    const text = `${pod('first')}---\nkind: Pod\nmetadata: [unclosed\n---\n${pod('third')}`;
    const result = analyze(text, { path: 'm.yaml', config: ALL_RULES });
    const privileged = result.findings.filter((f) => f.ruleId === 'K8S004').map((f) => f.message);
    assert.equal(privileged.length, 2);
    assert.match(privileged[1], /Pod `third`/);
    assert.match(result.notes.join('\n'), /document 2 does not parse/);
  });
});

describe('kubernetes.podSecurityLevel', () => {
  const baseline = mergeConfig([{ source: 't', value: { kubernetes: { podSecurityLevel: 'baseline' } } }]).config;
  const restricted = mergeConfig([{ source: 't', value: {} }]).config;
  const k8s = RULES.filter((r) => r.kind === 'kubernetes');

  it('every PSA check id at both levels has a rule of that level', () => {
    const baselineChecks = ['hostNamespaces', 'privileged', 'capabilities_baseline', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle', 'appArmorProfile', 'seLinuxOptions', 'procMount', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess'];
    const restrictedChecks = ['restrictedVolumes', 'allowPrivilegeEscalation', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted', 'capabilities_restricted', 'procMount_restricted'];
    for (const [level, checks] of [['baseline', baselineChecks], ['restricted', restrictedChecks]] as const) {
      for (const check of checks) {
        const owners = k8s.filter((r) => r.references.includes(`pss:${level}:${check}`));
        assert.ok(owners.some((r) => r.kind === 'kubernetes' && r.podSecurityLevel === level), `no ${level} rule for ${check}`);
      }
    }
  });

  it('baseline turns off exactly the restricted-level rules; restricted keeps every default', () => {
    for (const rule of k8s) {
      const restrictedOnly = rule.kind === 'kubernetes' && rule.podSecurityLevel === 'restricted';
      assert.equal(levelOf(rule, restricted), rule.severity, rule.id);
      assert.equal(levelOf(rule, baseline), restrictedOnly ? 'off' : rule.severity, rule.id);
    }
    const offUnderBaseline = k8s.filter((r) => levelOf(r, baseline) === 'off' && r.severity !== 'off').map((r) => r.id);
    assert.deepEqual(offUnderBaseline, ['K8S001', 'K8S002', 'K8S015', 'K8S016', 'K8S017', 'K8S018', 'K8S019', 'K8S020']);
  });
});
