// Credential values written into RUN: passwords in URLs, curl -u user:pass,
// Authorization headers, npm _authToken, --password=… . They stay in the
// Dockerfile, the build cache and the image history.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import type { Word } from '../../engine/dockerfile/shell';

/** A literal value: no expansion, not a placeholder for stdin. */
const literal = (value: string | undefined) => value !== undefined && value !== '' && value !== '-' && !value.includes('$') && !value.includes('`');

const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:([^\s/@]+)@/i;
const URL_TOKEN = /\bhttps?:\/\/([^\s/@:]+)@/i;
const TOKEN_LIKE = /^(gh[pousr]_|github_pat_|glpat-)|^[A-Za-z0-9_-]{32,}$/;
const HEADER = /^(?:--header=|-H)?\s*(?:(?:proxy-)?authorization:\s*(?:bearer|basic|token)\s+|(?:x-)?(?:api-key|private-token|auth-token|x-jfrog-art-api):\s*)(\S+)/i;
const NPM_AUTH = /(?:^|[:\s])_(?:authToken|auth|password)\s*=\s*([^\s"']+)/;
/** A cheap test on the whole RUN before the per-word patterns. */
const MENTIONS = /:\/\/[^\s/]*@|\s-u|--user|authori[sz]|api-key|private-token|auth-token|jfrog|_auth|_password|--pass|--token|--api|--access-token|--secret|--http-password|--ftp-password|--proxy-password/i;
const SECRET_OPTIONS = new Set(['--password', '--passwd', '--token', '--api-key', '--apikey', '--access-token', '--secret', '--http-password', '--ftp-password', '--proxy-password']);

function findings(words: Word[], name: string): { word: Word; what: string }[] {
  const out: { word: Word; what: string }[] = [];
  words.forEach((w, i) => {
    const t = w.text;
    const next = words[i + 1];
    let m: RegExpExecArray | null;
    if ((m = URL_PASSWORD.exec(t)) && literal(m[1])) out.push({ word: w, what: 'a password in a URL' });
    else if ((m = URL_TOKEN.exec(t)) && literal(m[1]) && TOKEN_LIKE.test(m[1])) out.push({ word: w, what: 'a token in a URL' });
    else if ((m = HEADER.exec(t)) && literal(m[1])) out.push({ word: w, what: 'an authorization header' });
    else if ((m = NPM_AUTH.exec(t)) && literal(m[1])) out.push({ word: w, what: 'an npm auth token' });
    else if (/(^|:)_(authToken|auth|password)$/.test(t) && name === 'npm' && literal(next?.text)) out.push({ word: next!, what: 'an npm auth token' });
    else if ((name === 'curl' && (t === '-u' || t === '--user')) && /^[^:\s]+:(.+)$/.test(next?.text ?? '') && literal(next!.text.split(':')[1]) && !next!.dynamic) {
      out.push({ word: next!, what: '`curl -u user:password`' });
    } else if (name === 'curl' && /^-u[^:\s]+:(.+)$/.test(t) && literal(t.split(':')[1])) out.push({ word: w, what: '`curl -u user:password`' });
    else {
      const eq = t.indexOf('=');
      const option = eq === -1 ? t : t.slice(0, eq);
      if (!SECRET_OPTIONS.has(option)) return;
      const value = eq === -1 ? next : w;
      const text = eq === -1 ? next?.text : t.slice(eq + 1);
      if (value && literal(text) && !value.dynamic && !text!.startsWith('-')) out.push({ word: value, what: `\`${option}\`` });
    }
  });
  return out;
}

export const rule: DockerfileRule = {
  id: 'DF090',
  title: 'Credential written into a RUN command',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    for (const step of shellSteps(model)) {
      if (!MENTIONS.test(step.source)) continue;
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        for (const { word, what } of findings(inv.argv, inv.name)) {
          report({
            range: wordRange(model, word),
            message: `This RUN contains ${what} as literal text: it stays in the Dockerfile, the build cache and \`docker history\`. Pass it with \`RUN --mount=type=secret,id=…\` and read it from /run/secrets.`,
          });
        }
      }
    }
  },
};
