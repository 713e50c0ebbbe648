// .dockerignore as BuildKit reads it (moby/patternmatcher): one pattern a line, relative to
// the context root; `#` lines are comments; `*`, `?`, `[...]`, `**` and `\` escapes; a leading
// `/` and trailing slashes mean nothing; `!` re-includes; the last matching pattern wins, and
// a pattern that matches a directory matches everything under it.

export interface IgnorePattern {
  /** The pattern as BuildKit cleans it (no `!`, no leading `/`, no trailing slash). */
  pattern: string;
  /** A `!` line: re-includes what it matches. */
  negated: boolean;
  matches(path: string): boolean;
}

export interface DockerIgnore {
  patterns: IgnorePattern[];
  /** Some line starts with `!`. */
  hasExceptions: boolean;
}

export function parseDockerignore(text: string): DockerIgnore {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    let body = line.trim();
    const negated = body.startsWith('!');
    if (negated) body = body.slice(1).trim();
    if (body === '') continue;
    body = cleanPath(body);
    if (body.length > 1 && body.startsWith('/')) body = body.slice(1);
    const matches = compile(body);
    if (matches) patterns.push({ pattern: body, negated, matches });
  }
  return { patterns, hasExceptions: patterns.some((p) => p.negated) };
}

/**
 * The pattern that keeps `path` (relative to the context root, `/`-separated) out of the
 * build context, itself or through a parent directory; undefined when the path is sent.
 */
export function excludedBy(ignore: DockerIgnore, path: string): IgnorePattern | undefined {
  const file = cleanPath(path);
  if (file === '.') return undefined;
  const parts = file.split('/');
  const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
  let by: IgnorePattern | undefined;
  for (const p of ignore.patterns) {
    // An exclusion is only tried on a path not yet excluded, an exception only on one that is.
    if (p.negated !== (by !== undefined)) continue;
    if (p.matches(file) || parents.some((dir) => p.matches(dir))) by = p.negated ? undefined : p;
  }
  return by;
}

/** Go's path.Clean: no empty or `.` segments, `..` folded where it can be. `''` becomes `.`. */
export function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

const REGEX_SPECIAL = new Set('.+()|{}$');

/** A pattern's test, as patternmatcher compiles it: exact, prefix (`a/**`), suffix (a leading `**`) or a regex; undefined when invalid. */
function compile(pattern: string): ((path: string) => boolean) | undefined {
  const chars = [...pattern];
  let re = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regex' = 'exact';
  for (let i = 0, token = 0; i < chars.length; token++) {
    const ch = chars[i++];
    if (ch === '*' && chars[i] === '*') {
      i++;
      if (chars[i] === '/') i++;
      if (i < chars.length) { re += '(.*/)?'; type = 'regex'; }
      else if (type === 'exact') type = 'prefix';
      else { re += '.*'; type = 'regex'; }
      if (token === 0) type = 'suffix';
    } else if (ch === '*') { re += '[^/]*'; type = 'regex'; }
    else if (ch === '?') { re += '[^/]'; type = 'regex'; }
    else if (REGEX_SPECIAL.has(ch)) re += `\\${ch}`;
    else if (ch === '\\') {
      if (i < chars.length) { re += `\\${chars[i++]}`; type = 'regex'; } else re += '\\';
    } else if (ch === '[' || ch === ']') { re += ch; type = 'regex'; }
    else re += ch;
  }
  if (type === 'exact') return (path) => path === pattern;
  if (type === 'prefix') { const prefix = pattern.slice(0, -2); return (path) => path.startsWith(prefix); }
  if (type === 'suffix') {
    const suffix = pattern.slice(2);
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  try {
    const regex = new RegExp(`${re}$`);
    return (path) => regex.test(path);
  } catch {
    return undefined; // BuildKit refuses the whole file; here the broken line is left out
  }
}
