// One pass over the POSIX RUN steps of a file, shared by all rules: every
// invocation indexed by program and wrapper name, and every package-manager call.
import { derived, type DockerfileModel } from './model';
import { shellSteps, type RunStep } from './runs';
import { commandName, invocation, type Invocation } from './commands';
import { packageCall, type PackageCall } from './packages';

export interface StepInvocation { step: RunStep; inv: Invocation }
export interface StepCall { step: RunStep; call: PackageCall }

interface Index { byName: Map<string, StepInvocation[]>; calls: StepCall[] }

function index(model: DockerfileModel): Index {
  return derived(model, buildIndex);
}

function buildIndex(model: DockerfileModel): Index {
  const idx: Index = { byName: new Map(), calls: [] };
  for (const step of shellSteps(model)) {
    for (const cmd of step.script.commands) {
      const inv = invocation(cmd);
      const entry = { step, inv };
      // most commands have no wrapper: no Set to build
      const names = inv.wrappers.length === 0 ? [inv.name] : new Set([inv.name, ...inv.wrappers.map(commandName)]);
      for (const name of names) {
        const list = idx.byName.get(name);
        if (list) list.push(entry); else idx.byName.set(name, [entry]);
      }
      const call = packageCall(inv);
      if (call) idx.calls.push({ step, call });
    }
  }
  return idx;
}

/** Invocations whose program or one of whose wrappers has one of these names, in source order. */
export function invocationsOf(model: DockerfileModel, ...names: string[]): StepInvocation[] {
  const byName = index(model).byName;
  if (names.length === 1) return byName.get(names[0]) ?? [];
  const seen = new Set<Invocation>();
  const out: StepInvocation[] = [];
  for (const name of names) for (const e of byName.get(name) ?? []) if (!seen.has(e.inv)) { seen.add(e.inv); out.push(e); }
  return out.sort((a, b) => a.inv.command.start - b.inv.command.start);
}

/** Every package-manager call in the POSIX RUN steps, in source order. */
export function packageCallsOf(model: DockerfileModel): StepCall[] {
  return index(model).calls;
}
