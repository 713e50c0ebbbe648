// The Dockerfile as rules see it: build stages with resolved base images, which
// stages end up in an image, and the variables in scope.
import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import { LineIndex } from '../text';
import { createMemo, type Memo } from '../memo';
import { expandVariables } from './variables';
import { imageFamily, type ImageFamily } from './images';
import { parseDockerignore, type DockerIgnore } from './dockerignore';
import './answers'; // dockerfile-ast's per-instruction answers, computed once

export interface Stage {
  index: number;
  from: From;
  /** `AS name`, lower-cased. */
  name?: string;
  /** The FROM image with ARGs expanded; undefined when it cannot be resolved. */
  image?: string;
  /** The earlier stage this one is built FROM, if any. */
  parent?: Stage;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  /** Another stage copies from or builds on this one. */
  usedBy: Stage[];
  /** Ends up in an image: the last stage, or one no other stage uses (a --target). */
  isFinal: boolean;
  /** The family of the base image, kept by stageFamily(). */
  family?: ImageFamily;
}

export interface DockerfileModel {
  text: string;
  lines: LineIndex;
  ast: Dockerfile;
  stages: Stage[];
  escape: string;
  /** Global ARGs (before the first FROM) with their default values. */
  globalArgs: Map<string, string>;
  /** The build context's .dockerignore; null: the context has none; undefined: unknown (no file system). */
  dockerignore?: DockerIgnore | null;
  /** What helpers derive from the model once and share among rules (RUN steps, invocations…). */
  memo: Memo;
}

/** `dockerignore`: the text of the build context's .dockerignore, null when it has none, undefined when unknown. */
export function parseDockerfile(text: string, dockerignore?: string | null): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string>();
  for (const arg of ast.getInitialARGs()) {
    const prop = arg.getProperty();
    const name = prop?.getName();
    const value = prop?.getValue();
    if (name && value !== null && value !== undefined) globalArgs.set(name, value);
  }
  const escape = ast.getEscapeCharacter();
  const stages: Stage[] = [];
  let current: Stage | undefined;
  for (const instruction of ast.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const raw = from.getImage() ?? undefined;
      current = {
        index: stages.length,
        from,
        name: from.getBuildStage()?.toLowerCase() ?? undefined,
        image: raw === undefined ? undefined : expandVariables(raw, globalArgs, escape),
        instructions: [],
        usedBy: [],
        isFinal: false,
      };
      stages.push(current);
    } else if (current) current.instructions.push(instruction);
  }
  linkStages(stages);
  const ignore = dockerignore === undefined || dockerignore === null ? dockerignore : parseDockerignore(dockerignore);
  return { text, lines: new LineIndex(text), ast, stages, escape, globalArgs, dockerignore: ignore, memo: createMemo() };
}

/** `derive(model)`, computed once per model and kept on it (see engine/memo.ts). */
export function derived<T>(model: DockerfileModel, derive: (model: DockerfileModel) => T): T {
  return model.memo(derive, () => derive(model));
}

function linkStages(stages: Stage[]): void {
  const find = (ref: string | undefined, before: number) => {
    if (ref === undefined) return undefined;
    const key = ref.toLowerCase();
    return stages.slice(0, before).find((s) => s.name === key || String(s.index) === key);
  };
  for (const stage of stages) {
    stage.parent = find(stage.image, stage.index);
    stage.parent?.usedBy.push(stage);
    for (const inst of stage.instructions) {
      for (const source of stageSources(inst)) find(source, stage.index)?.usedBy.push(stage);
    }
  }
  stages.forEach((s, i) => { s.isFinal = i === stages.length - 1 || s.usedBy.length === 0; });
}

/** Stage names referenced by `COPY --from=…` and `RUN --mount=…,from=…`. */
function stageSources(inst: Instruction): string[] {
  const keyword = inst.getKeyword();
  if (keyword !== 'COPY' && keyword !== 'RUN') return [];
  const out: string[] = [];
  for (const flag of (inst as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags()) {
    const value = flag.getValue();
    if (!value) continue;
    if (flag.getName() === 'from') out.push(value);
    if (flag.getName() === 'mount') {
      const m = /(?:^|,)from=([^,]+)/.exec(value);
      if (m) out.push(m[1]);
    }
  }
  return out;
}

/** A stage and the stages it builds on, nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.parent) out.push(s);
  return out;
}

/** The external image a stage finally builds on, following FROM <stage> links. */
export function baseImageOf(stage: Stage): string | undefined {
  let s: Stage = stage;
  while (s.parent) s = s.parent;
  return s.image;
}

export function stageFamily(stage: Stage): ImageFamily {
  if (stage.family === undefined) {
    const image = baseImageOf(stage);
    stage.family = image === undefined ? 'unknown' : imageFamily(image);
  }
  return stage.family;
}

/** Variables visible to instructions of a stage: global ARG defaults redeclared in it, plus its ARG/ENV. */
export function stageVariables(stage: Stage, globalArgs: Map<string, string>, uptoLine = Infinity): Map<string, string> {
  const chain = stageChain(stage).reverse();
  const vars = new Map<string, string>();
  for (const s of chain) {
    for (const inst of s.instructions) {
      if (inst.getRange().start.line > uptoLine) break;
      const keyword = inst.getKeyword();
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const prop of (inst as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties()) {
        const value = prop.getValue() ?? (keyword === 'ARG' ? globalArgs.get(prop.getName()) : undefined);
        if (value !== undefined && value !== null) vars.set(prop.getName(), value);
      }
    }
  }
  return vars;
}
