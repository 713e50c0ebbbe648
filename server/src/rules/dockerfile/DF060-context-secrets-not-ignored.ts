// `COPY . .` into an image when the build context's .dockerignore is missing or leaves the
// usual secret files in: whatever sits in the checkout (.env, keys, .git) ends up in a layer.
import type { DockerfileRule } from '../rule';
import { excludedBy, type DockerIgnore } from '../../engine/dockerfile/dockerignore';
import { contextCopies, inImage, isWholeContext } from './context';

/** The .dockerignore lines this rule asks for, each with a file it must keep out. */
export const SECRET_PATTERNS: readonly { pattern: string; sample: string }[] = [
  { pattern: '.git', sample: '.git/config' },
  { pattern: '.env', sample: '.env' },
  { pattern: '.env.*', sample: '.env.local' },
  { pattern: '*.pem', sample: 'key.pem' },
  { pattern: '*.key', sample: 'private.key' },
  { pattern: 'id_rsa*', sample: 'id_rsa' },
  { pattern: '.npmrc', sample: '.npmrc' },
  { pattern: '.pypirc', sample: '.pypirc' },
  { pattern: '.git-credentials', sample: '.git-credentials' },
  { pattern: '.aws', sample: '.aws/credentials' },
  { pattern: '.docker/config.json', sample: '.docker/config.json' },
  { pattern: 'kubeconfig', sample: 'kubeconfig' },
];

export const rule: DockerfileRule = {
  id: 'DF060',
  title: 'Whole build context copied without excluding secrets',
  kind: 'dockerfile',
  severity: 'info',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    const ignore = model.dockerignore;
    if (ignore === undefined) return; // no file system: the context is unknown
    let missing: string[] | undefined;
    for (const { l, sources } of contextCopies(model)) {
      const whole = sources.find((s) => isWholeContext(s.path));
      if (!whole || !inImage(model, l.stage)) continue;
      missing ??= notExcluded(ignore);
      if (missing.length === 0) return;
      const copy = `\`${l.keyword} ${whole.word.value}\``;
      const list = missing.map((p) => `\`${p}\``).join(', ');
      report({
        range: whole.word.range,
        message: ignore === null
          ? `There is no .dockerignore for this build context, so ${copy} puts every file in it into the image, secrets and .git included. Add a .dockerignore with at least ${list}.`
          : `The .dockerignore does not exclude ${list}, so ${copy} puts such files into the image when they are in the build context. Add ${missing.length === 1 ? 'that line' : 'these lines'} to .dockerignore.`,
      });
    }
  },
};

function notExcluded(ignore: DockerIgnore | null): string[] {
  return SECRET_PATTERNS.filter((s) => !ignore || !excludedBy(ignore, s.sample)).map((s) => s.pattern);
}
