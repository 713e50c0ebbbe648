// Small builders for Compose rule tests, and the shared cases of rule families
// (host namespaces, switched-off confinement) whose rules differ only by key.
import type { InvalidCase, ValidCase } from './ruleTester';

/** A file with one service `app` (image `app:1`) whose other keys are `body` (indented 4). */
export function service(body: string, name = 'app'): string {
  return `services:\n  ${name}:\n    image: app:1\n${body}`;
}

/** Two documents in one file; each has its own top level. */
export function twoDocuments(first: string, second: string): string {
  return `${first}---\n${second}`;
}

type Cases = { valid: ValidCase[]; invalid: InvalidCase[] };

/** `key: host` is reported at the key and removed: in the service, a flow service, an anchor, a second document. */
export function hostNamespaceCases(key: string, notHost: string): Cases {
  const anchored = (rest: string) => `x-host: &host\n  ${key}: host\n${rest}services:\n  a:\n    <<: *host\n  b:\n    <<: *host\n`;
  return {
    valid: [
      { name: 'not host', code: service(`    ${key}: ${notHost}\n`) },
      { name: 'absent', code: service('') },
      { name: 'the same words under labels are not the setting', code: service(`    labels:\n      ${key}: host\n`) },
    ],
    invalid: [
      { name: 'the line goes, with its comment', code: service(`    ${key}: host # fast path\n    restart: always\n`), lines: [4], message: new RegExp(`\`${key}: host\``), output: service('    restart: always\n') },
      { name: 'flow-style service: the pair and its comma go', code: `services:\n  app: {image: app:1, ${key}: host}\n`, lines: [2], output: 'services:\n  app: {image: app:1}\n' },
      {
        name: 'from an anchor merged by two services: one finding, one edit at the anchor',
        code: anchored('  restart: always\n'), lines: [2], message: /^Services `a` and `b` share/,
        output: anchored('  restart: always\n').replace(`  ${key}: host\n`, ''),
      },
      { name: 'an anchor holding only the setting becomes an empty mapping', code: anchored(''), lines: [2], output: anchored('').replace(`  ${key}: host\n`, '  {}\n') },
      { name: 'multi-document file', code: twoDocuments(service(''), service(`    ${key}: host\n`, 'other')), lines: [8], output: twoDocuments(service(''), service('', 'other')) },
    ],
  };
}

/** A `security_opt` item `option` that switches a confinement off is reported and removed. */
export function disabledConfinementCases(option: string, confined: string): Cases {
  const [name, value] = option.split(':');
  const anchored = (opts: string) => `x-s: &s\n  security_opt: [${opts}]\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n`;
  return {
    valid: [{ name: 'a confined setting', code: service(`    security_opt:\n      - ${confined}\n      - no-new-privileges:true\n`) }],
    invalid: [
      {
        name: 'block list: the item line goes', code: service(`    security_opt:\n      - no-new-privileges:true\n      - ${option} # needed once\n`),
        lines: [6], message: new RegExp(`\`${option}\``), output: service('    security_opt:\n      - no-new-privileges:true\n'),
      },
      { name: 'equals form, the only item: the key goes', code: service(`    security_opt: ["${name}=${value}"]\n    restart: always\n`), lines: [4], output: service('    restart: always\n') },
      { name: 'in an anchor merged by two services', code: anchored(`no-new-privileges:true, ${option}`), lines: [2], message: /^Services `a` and `b` set/, output: anchored('no-new-privileges:true') },
      {
        name: 'multi-document file', code: twoDocuments(service(''), service(`    security_opt:\n      - ${option}\n      - no-new-privileges:true\n`, 'b')),
        lines: [9], output: twoDocuments(service(''), service('    security_opt:\n      - no-new-privileges:true\n', 'b')),
      },
    ],
  };
}
