// A COPY/ADD source that the .dockerignore keeps out of the build context: the build fails
// with "not found", or a wildcard quietly copies less than it seems to.
import type { DockerfileRule } from '../rule';
import { excludedBy, type DockerIgnore } from '../../engine/dockerfile/dockerignore';
import { contextCopies, isWholeContext } from './context';

export const rule: DockerfileRule = {
  id: 'DF061',
  title: 'COPY of a file excluded by .dockerignore',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['buildkit:CopyIgnoredFile'],
  check(model, report) {
    const ignore = model.dockerignore;
    if (!ignore || ignore.patterns.length === 0) return;
    for (const { l, sources } of contextCopies(model)) {
      for (const { word, path } of sources) {
        if (isWholeContext(path) || mayBeReincluded(ignore, path)) continue;
        const by = excludedBy(ignore, path);
        if (!by) continue;
        report({
          range: word.range,
          message: `\`${path}\` is excluded from the build context by the .dockerignore pattern \`${by.pattern}\`, so this ${l.keyword} fails or copies nothing from it. Remove the pattern, or add \`!${path}\` after it.`,
        });
      }
    }
  },
};

/**
 * With `!` exceptions, an excluded directory may still send some files (BuildKit does not
 * judge such files at all). A path is judged only when it is literal and no exception
 * could reach inside it: every exception is a plain path outside it.
 */
function mayBeReincluded(ignore: DockerIgnore, path: string): boolean {
  if (!ignore.hasExceptions) return false;
  if (/[*?[\\]/.test(path)) return true;
  return ignore.patterns.some((p) => p.negated && (/[*?[\\]/.test(p.pattern) || p.pattern.startsWith(`${path}/`)));
}
