// Kubernetes container cases in every place a container hides: one rule case
// becomes four (init container, ephemeral container, CronJob, second document
// of a multi-document file), with line numbers and fixed output shifted to match.
import type { InvalidCase, ValidCase } from './ruleTester';

export interface ContainerCase {
  name: string;
  /** The container mapping, unindented, one entry per line (no trailing newline). */
  container: string;
  /** Pod spec entries placed before the container lists, unindented. */
  pod?: string;
  /** 1-based line numbers of the findings within `container` (or negative: within `pod`, -1 = its first line). */
  lines: number[];
  /** The container after the first fix, or null when no fix is offered. */
  fixed: string | null;
  /** The pod entries after the fix, when it edits them. */
  fixedPod?: string;
  /** Pod entries the fix appends after the container lists. */
  appendedPod?: string;
  message?: RegExp;
}

/** A container that passes every Pod Security check, used beside the one under test. */
export const CLEAN_CONTAINER = `name: main
image: registry.example.com/main:1.0.0@sha256:${'a'.repeat(64)}
securityContext:
  allowPrivilegeEscalation: false
  capabilities:
    drop:
      - ALL
  readOnlyRootFilesystem: true
  runAsNonRoot: true
  seccompProfile:
    type: RuntimeDefault`;

const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');
const item = (text: string, n: number) => indent(text, n + 2).replace(/^ {2}/, '').replace(/^(\s*)/, `${' '.repeat(n)}- `);

interface Layout { name: string; build: (pod: string, container: string, after?: string) => string; podDepth: number }

function podBody(pod: string, d: number, lists: [string, string][], after = ''): string {
  const head = pod ? indent(pod, d) + '\n' : '';
  const tail = after ? indent(after, d) + '\n' : '';
  return head + lists.map(([field, items]) => `${' '.repeat(d)}${field}:\n${items}`).join('\n') + '\n' + tail;
}

const LAYOUTS: Layout[] = [
  {
    name: 'init container of a Pod', podDepth: 2,
    build: (pod, c, after) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${podBody(pod, 2, [['initContainers', item(c, 4)], ['containers', item(CLEAN_CONTAINER, 4)]], after)}`,
  },
  {
    name: 'ephemeral container of a Pod', podDepth: 2,
    build: (pod, c, after) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${podBody(pod, 2, [['containers', item(CLEAN_CONTAINER, 4)], ['ephemeralContainers', item(c, 4)]], after)}`,
  },
  {
    name: 'CronJob container', podDepth: 10,
    build: (pod, c, after) => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${podBody(pod, 10, [['containers', item(c, 10)]], after)}`,
  },
  {
    name: 'Deployment in the second document', podDepth: 6,
    build: (pod, c, after) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podBody(pod, 6, [['containers', item(c, 6)]], after)}`,
  },
];

function lineOf(text: string, marker: string): number {
  return text.split('\n').findIndex((l) => l.includes(marker)) + 1;
}

const MARK = '__mark__';

/** The four placements of an invalid container case. */
export function containerCases(c: ContainerCase): InvalidCase[] {
  return LAYOUTS.map((layout) => {
    const code = layout.build(c.pod ?? '', c.container);
    // Find where the container and pod entries start by building once with markers.
    const marked = layout.build(c.pod ? `${MARK}p: 1\n${c.pod}` : '', `${MARK}c: 1\n${c.container}`);
    const containerStart = lineOf(marked, `${MARK}c`) - (c.pod ? 1 : 0);
    const podStart = c.pod ? lineOf(marked, `${MARK}p`) : 0;
    const lines = c.lines.map((l) => (l > 0 ? containerStart + l - 1 : podStart - l - 1));
    return {
      name: `${c.name}: ${layout.name}`,
      code,
      lines,
      message: c.message,
      output: c.fixed === null ? null : layout.build(c.fixedPod ?? c.pod ?? '', c.fixed, c.appendedPod),
    };
  });
}

/** The same container, valid in every placement. */
export function validContainerCases(name: string, container: string, pod?: string): ValidCase[] {
  return LAYOUTS.map((layout) => ({ name: `${name}: ${layout.name}`, code: layout.build(pod ?? '', container) }));
}
