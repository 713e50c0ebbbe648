// Which kind of file is this? By name first, then by content.
import type { FileKind } from './types';

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
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
  if (DOCKERFILE_NAME.test(name)) return 'dockerfile';
  if (COMPOSE_NAME.test(name)) return 'compose';
  if (YAML_NAME.test(name) || languageId === 'yaml') return 'yaml';
  return undefined;
}

/**
 * Helm (and other Go-template) sources: a `{{` that starts a line or a plain
 * value, i.e. outside any quoted string. Such files are not YAML until rendered.
 */
export function looksLikeTemplate(text: string): boolean {
  return /^[ \t]*(?:-[ \t]+)?(?:[^\s#'"][^:#'"]*:[ \t]+)?\{\{/m.test(text);
}
