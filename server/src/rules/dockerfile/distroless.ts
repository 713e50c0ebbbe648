// "Switch to distroless": which runtime a final stage's base image is, the
// distroless image that runs the same app, and the runtime stage to append.
// Offered only when the app's files and start command are known; otherwise a reason.
import type { Instruction } from 'dockerfile-ast';
import { baseImageOf, stageChain, stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { parseImageRef } from '../../engine/dockerfile/images';
import { expandVariables } from '../../engine/dockerfile/variables';
import { DISTROLESS_UID } from '../../engine/dockerfile/users';
import { argumentText, commandArgv, copyDestination } from './command';

export type RuntimeKind = 'node' | 'python' | 'java' | 'go' | 'dotnet';

export interface Runtime { kind: RuntimeKind; name: string; tag: string }

const JAVA_IMAGES = new Set(['eclipse-temurin', 'openjdk', 'amazoncorretto', 'sapmachine', 'ibm-semeru-runtimes']);
const DOTNET_IMAGES = /^dotnet\/(sdk|aspnet|runtime|runtime-deps)$/;
/** The `app` user of the .NET chiseled images ($APP_UID). */
const DOTNET_APP_UID = 1654;

/** The language runtime image a stage is built on, when it is one we know a distroless equivalent for. */
export function runtimeOf(stage: Stage): Runtime | undefined {
  const image = baseImageOf(stage);
  if (image === undefined) return undefined;
  const ref = parseImageRef(image);
  const name = ref.path.replace(/^library\//, '');
  const tag = ref.tag ?? '';
  const alpine = /alpine/.test(tag);
  if (name === 'golang') return { kind: 'go', name, tag };
  if (ref.registry === 'mcr.microsoft.com' && DOTNET_IMAGES.test(name)) return alpine || /chiseled|distroless/.test(tag) ? undefined : { kind: 'dotnet', name, tag };
  if (alpine) return undefined;
  if (name === 'node') return { kind: 'node', name, tag };
  if (name === 'python') return { kind: 'python', name, tag };
  if (JAVA_IMAGES.has(name)) return { kind: 'java', name, tag };
  return undefined;
}

/** `runtime`: the interpreter's path in the target image, replacing the command's first word. */
interface Target { image: string; runtime?: string; commands: string[]; uid?: number }

function targetFor(rt: Runtime, chainText: string): Target | string {
  const major = /^(\d+)/.exec(rt.tag)?.[1];
  switch (rt.kind) {
    case 'node':
      if (major === '22' || major === '24' || major === '26') return { image: `gcr.io/distroless/nodejs${major}-debian13:nonroot`, runtime: '/nodejs/bin/node', commands: ['node', 'nodejs'] };
      return `distroless ships Node.js 22, 24 and 26 only, and \`${rt.name}:${rt.tag || 'latest'}\` does not name one of them`;
    case 'python':
      if (/^3\.13(\D|$)/.test(rt.tag)) return { image: 'gcr.io/distroless/python3-debian13:nonroot', runtime: '/usr/bin/python3', commands: ['python', 'python3', 'python3.13'] };
      return `distroless ships Python 3.13 only, and \`${rt.name}:${rt.tag || 'latest'}\` is another version, so installed packages would not load`;
    case 'java': {
      const m = /(?:^|-)(\d+)/.exec(rt.tag)?.[1];
      if (m === '21' || m === '25') return { image: `gcr.io/distroless/java${m}-debian13:nonroot`, runtime: '/usr/bin/java', commands: ['java'] };
      return `distroless ships Java 21 and 25 only, and \`${rt.name}:${rt.tag || 'latest'}\` does not name one of them`;
    }
    case 'go':
      if (/CGO_ENABLED=0/.test(chainText)) return { image: 'gcr.io/distroless/static-debian13:nonroot', commands: [] };
      if (/alpine/.test(rt.tag)) return 'the binary is linked against musl (Alpine); build it with CGO_ENABLED=0 for distroless/static';
      return { image: 'gcr.io/distroless/base-debian13:nonroot', commands: [] };
    case 'dotnet': {
      const version = /^(\d+)\.\d+/.exec(rt.tag)?.[1];
      if (!version || Number(version) < 10) return `\`${rt.name}:${rt.tag || 'latest'}\` names no .NET release with a supported chiseled image (.NET 10 or later)`;
      const flavor = rt.name === 'dotnet/sdk' ? 'dotnet/aspnet' : rt.name;
      return { image: `mcr.microsoft.com/${flavor}:${version}.0-noble-chiseled`, commands: ['dotnet'], uid: DOTNET_APP_UID };
    }
  }
}

export interface DistrolessPlan {
  image: string;
  /** Instructions of the build chain to repeat in the runtime stage (ENV, EXPOSE, …), as text. */
  carried: string[];
  workdir?: string;
  /** Absolute paths to copy from the build stage. */
  paths: string[];
  env: string[];
  /** The numeric user the runtime stage runs as. */
  uid: number;
  entrypoint?: string[];
  cmd?: string[];
}

const CARRIED = new Set(['ARG', 'ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'STOPSIGNAL']);
/** Python console scripts whose package runs the same way as `python3 -m <name>`. */
const PYTHON_MODULES = new Set(['gunicorn', 'uvicorn', 'flask', 'celery', 'hypercorn', 'streamlit']);
export const SITE_PACKAGES = '/usr/local/lib/python3.13/site-packages';

function joinPath(base: string, path: string): string {
  const parts: string[] = [];
  for (const p of (path.startsWith('/') ? path : `${base}/${path}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop(); else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/** Whole system directories: copying one would carry the build image's OS along. */
const SYSTEM_DIRS = /^\/(?:(?:usr|bin|sbin|lib|lib64|etc|var|opt|home|root|usr\/local|usr\/lib|usr\/bin)\/?)?$/;

const under = (path: string, dir: string) => dir === '/' || path === dir || path.startsWith(`${dir}/`);

/** The runtime stage for `stage`, or why there is none. */
export function planDistroless(model: DockerfileModel, stage: Stage, rt: Runtime): DistrolessPlan | string {
  const chain = stageChain(stage).reverse();
  const insts = chain.flatMap((s) => s.instructions.map((inst) => ({ s, inst })));
  const chainText = insts.map(({ inst }) => inst.getTextContent()).join('\n');
  const target = targetFor(rt, chainText);
  if (typeof target === 'string') return target;
  if (parseImageRef(baseImageOf(stage) ?? '').digest) return 'the base is pinned by digest, and the distroless image cannot be pinned offline';
  if (rt.kind === 'python' && /VIRTUAL_ENV|venv|pip3? install[^\n]*--user/.test(chainText)) return 'the app uses a virtualenv or user site, whose interpreter links do not exist in distroless';

  let workdir = '/';
  const dests: string[] = [];
  const carried: string[] = [];
  let entrypoint: Instruction | undefined, cmd: Instruction | undefined;
  for (const { s, inst } of insts) {
    const keyword = inst.getKeyword();
    const expand = (text: string) => text.includes('$') ? expandVariables(text, stageVariables(s, model.globalArgs, inst.getRange().start.line), model.escape) : text;
    if (keyword === 'WORKDIR') {
      const dir = expand(argumentText(model, inst).trim());
      if (dir === undefined) return 'its WORKDIR uses a variable with no known value';
      workdir = joinPath(workdir, dir);
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const dest = copyDestination(model, inst);
      const resolved = dest === undefined ? undefined : expand(dest);
      if (resolved === undefined) return `a ${keyword} destination is unknown`;
      dests.push(joinPath(workdir, resolved));
    } else if (keyword === 'ENTRYPOINT') { entrypoint = inst; cmd = undefined; }
    else if (keyword === 'CMD') cmd = inst;
    else if (keyword === 'HEALTHCHECK' && !/^\s*none\s*$/i.test(argumentText(model, inst))) return 'its HEALTHCHECK runs a command, and distroless has no shell or curl';
    else if (keyword === 'USER' && inst.getTextContent().includes('$')) return 'its USER comes from a variable';
    else if (CARRIED.has(keyword)) carried.push(model.text.slice(model.lines.offset(inst.getRange().start), model.lines.offset(inst.getRange().end)));
  }
  if (!entrypoint && !cmd) return 'it has no CMD or ENTRYPOINT of its own, so the start command is unknown';
  const ep = entrypoint ? commandArgv(model, entrypoint) : undefined;
  // A shell-form ENTRYPOINT ignores CMD.
  const cmdUsed = cmd && !(entrypoint && !argumentText(model, entrypoint).trim().startsWith('['));
  const args = cmd && cmdUsed ? commandArgv(model, cmd) : undefined;
  if ((entrypoint && !ep) || (cmdUsed && !args)) return 'its start command needs a shell (distroless has none); write CMD/ENTRYPOINT in exec form';
  const first = ep ?? args;
  const script = first?.[0].slice(first[0].lastIndexOf('/') + 1) ?? '';
  // Console scripts point at the build image's interpreter; their modules run with `python3 -m`.
  if (rt.kind === 'python' && first && PYTHON_MODULES.has(script)) first.splice(0, 1, 'python3', '-m', script);
  const argv = [...(ep ?? []), ...(args ?? [])];
  const program = argv[0] ?? '';

  let entry: string[] | undefined, command: string[] | undefined;
  if (target.runtime) {
    if (!target.commands.includes(program.slice(program.lastIndexOf('/') + 1))) return `the start command runs \`${program}\`, which distroless does not have; start the app with \`${target.commands[0]}\` directly`;
    if (argv.length < 2) return 'the start command names no script or module';
    if (ep) { entry = [target.runtime, ...ep.slice(1)]; command = args; }
    else { entry = [target.runtime]; command = argv.slice(1); }
  } else {
    if (program === 'go' || !program.includes('/') && !target.commands.includes(program)) return `the start command runs \`${program}\` from PATH; give the binary's absolute path`;
    if (target.commands.includes(program) && argv.length < 2) return 'the start command names no assembly';
    entry = ep; command = args;
  }
  /** The start command is a binary of the app, not a runtime that loads the app's files. */
  const binary = !target.commands.includes(program.slice(program.lastIndexOf('/') + 1));
  if (workdir === '/' && !binary) return 'it has no WORKDIR, so the app directory is unknown';

  const paths: string[] = workdir === '/' ? [] : [workdir];
  const wanted = [...dests, ...(binary ? [joinPath(workdir, program)] : argv.slice(1).filter((a) => a.startsWith('/')))];
  for (const p of wanted) if (!paths.some((d) => under(p, d))) paths.push(p);
  const env: string[] = [];
  if (rt.kind === 'python') { paths.push(SITE_PACKAGES); env.push(`PYTHONPATH=${SITE_PACKAGES}`); }
  if (paths.length === 0) return 'the files the app needs are unknown';
  const system = paths.find((p) => SYSTEM_DIRS.test(p));
  if (system) return `it copies files into \`${system}\`, which would overwrite the runtime image's own`;
  if (paths.some((p) => /\s/.test(p))) return 'an app path contains spaces';
  return { image: target.image, carried, workdir: workdir === '/' ? undefined : workdir, paths, env, uid: target.uid ?? DISTROLESS_UID, entrypoint: entry, cmd: command };
}

/** The runtime stage's lines, upper-case keywords. */
export function runtimeStageLines(plan: DistrolessPlan, from: string): string[] {
  const json = (argv: string[]) => JSON.stringify(argv).replace(/","/g, '", "');
  return [
    `FROM ${plan.image}`,
    ...plan.carried,
    ...(plan.workdir ? [`WORKDIR ${plan.workdir}`] : []),
    ...plan.paths.map((p) => `COPY --from=${from} ${p} ${p}`),
    ...plan.env.map((e) => `ENV ${e}`),
    `USER ${plan.uid}:${plan.uid}`,
    ...(plan.entrypoint ? [`ENTRYPOINT ${json(plan.entrypoint)}`] : []),
    ...(plan.cmd ? [`CMD ${json(plan.cmd)}`] : []),
  ];
}
