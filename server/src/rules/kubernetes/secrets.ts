// Secret-looking names and values: known token formats and private keys, and
// variable names that say they hold a credential.

const TOKEN_FORMATS: [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}/, 'a GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}/, 'a GitLab token'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\b[rs]k_live_[A-Za-z0-9]{20,}/, 'a Stripe live key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\bsk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|\bsk-proj-[A-Za-z0-9_-]{40,}/, 'an OpenAI key'],
  [/\bnpm_[A-Za-z0-9]{36}\b/, 'an npm token'],
  [/\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, 'a SendGrid key'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, 'a JSON Web Token'],
  [/"type":\s*"service_account"[\s\S]*"private_key"/, 'a Google service-account key'],
];

/** What kind of known secret `value` contains, if any. */
export function knownSecretFormat(value: string): string | undefined {
  return TOKEN_FORMATS.find(([re]) => re.test(value))?.[1];
}

const SECRET_NAME = /(^|[_.-])(PASSWORD|PASSWD|PWD|PASS|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|CLIENT_?SECRET|CREDENTIALS?)($|[_.-])/i;
/** Names that hold a reference to a secret, a setting about one, or a non-secret part of one. */
const NOT_A_SECRET = /(_FILE|_PATH|_DIR|_NAME|_URL|_URI|_HOST|_PORT|_TTL|_TIMEOUT|_EXPIRY|_EXPIRES|_LENGTH|_TYPE|_ENABLED|_MODE|_HEADER|_ID|_USER|_USERNAME|_REF|_KEY_ID|_FORMAT|_LOCATION|_VERSION|_ROLE|_SCOPE|_ALGORITHM)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_A_SECRET.test(name);
}

/** A value that is plainly not a credential: empty, a placeholder, a reference, a path, a number or a switch. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  return v.length < 4 || /^(\$\(|\$\{|\{\{|<|%)/.test(v) || /^\//.test(v) || /^\d+(\.\d+)?[smhd]?$/.test(v)
    || /^(true|false|yes|no|on|off|none|null|disabled?|enabled?)$/i.test(v) || /^(change[-_]?me|replace[-_]?me|xxx+|\*+|todo|example|placeholder|secret|password)$/i.test(v);
}

/** Shannon entropy in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/**
 * A value that reads like a generated key: one token of base64/URL-safe
 * characters, mixed case and digits, and close to random. Hex digests and
 * UUIDs (no upper case) and words or paths (low entropy) do not qualify.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 24 || value.length > 256 || !/^[A-Za-z0-9+/=_-]+$/.test(value)) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value)) return false;
  return entropy(value) >= 4.3;
}

/** Why a name/value pair looks like a literal credential, or undefined. */
export function secretReason(name: string, value: string): string | undefined {
  const format = knownSecretFormat(value);
  if (format) return `its value looks like ${format}`;
  if (looksRandom(value.trim())) return 'its value looks like a generated key';
  if (isSecretName(name) && !isPlaceholderValue(value)) return 'its name says it holds a credential';
  return undefined;
}
