// COPY/ADD of a file whose name says it holds a secret (.env, id_rsa, *.pem,
// .npmrc, …) into a stage that ends up in an image.
import type { DockerfileRule } from '../rule';
import { allInstructions, copyPaths, isHeredocWord } from '../../engine/dockerfile/instructions';
import { secretFileKind } from './secrets';

export const rule: DockerfileRule = {
  id: 'DF032',
  title: 'Secret file copied into the image',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if ((l.keyword !== 'COPY' && l.keyword !== 'ADD') || !l.stage.isFinal) continue;
      const { sources, dest } = copyPaths(l.inst);
      const words = [...sources.filter((s) => !isHeredocWord(s.value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s.value)), ...(dest ? [dest] : [])];
      const hit = words.map((w) => ({ w, kind: secretFileKind(w.value) })).find((x) => x.kind);
      if (!hit) continue;
      report({
        range: hit.w.range,
        message: `This puts \`${hit.w.value}\` (${hit.kind}) into the image, where anyone who pulls it can read it. Use \`RUN --mount=type=secret\` for build steps, or mount it at run time.`,
      });
    }
  },
};
