// Which kind of file is this? By name first, then by content.
import type { FileKind } from './types';

/** `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Dockerfile-dev`, `app_Dockerfile`, `x.containerfile`. */
const DOCKERFILE_NAME = /(?:^|[._-])(?:dockerfile|containerfile)(?:[._-]|$)/i;
/** …but not documentation, scripts or templates named after one. */
const NOT_A_DOCKERFILE = /\.(?:md|txt|ya?ml|json|sh|ps1|bat|js|ts|py|tpl|template|j2|erb|tmpl)$/i;
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-].+)?\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

export type NameHint = FileKind | 'yaml' | undefined;

export function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** What the file name (or editor language id) says, before looking at the text. */
export function kindFromName(path: string, languageId?: string): NameHint {
  if (languageId === 'dockerfile') return 'dockerfile';
  if (languageId === 'dockercompose') return 'compose';
  const name = basename(path);
  if (DOCKERFILE_NAME.test(name) && !NOT_A_DOCKERFILE.test(name)) return 'dockerfile';
  if (COMPOSE_NAME.test(name)) return 'compose';
  if (YAML_NAME.test(name) || languageId === 'yaml') return 'yaml';
  return undefined;
}

