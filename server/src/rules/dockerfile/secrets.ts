// Secret-looking ARG/ENV names and secret files, as Dockerfile rules judge them.
// Names follow BuildKit's SecretsUsedInArgOrEnv word match, minus names that
// only describe a secret (`*_KEY_ID`, `TOKEN_URL`, `PASSWORD_FILE`, GPG key fingerprints).

const SECRET_WORD = /(^|_)(apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(_|$)/i;
const BUILDKIT_EXEMPT = /(^|_)(public|file|version)(_|$)/i;
const DESCRIBES_A_SECRET = /_(id|url|uri|endpoint|host|server|path|dir|files|ttl|timeout|name|type|length|size|header|enabled|disabled|mode|port|region|algorithm|alg|method|provider|issuer|audience|expiry|expires|lifetime|format|location|prefix|user|username|scope|role|ref)$/i;
const FINGERPRINT_NAME = /(^|_)(gpg|pgp|gnupg)(_|$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_WORD.test(name) && !BUILDKIT_EXEMPT.test(name) && !DESCRIBES_A_SECRET.test(name) && !FINGERPRINT_NAME.test(name);
}

function unquote(value: string): string { return value.trim().replace(/^(["'])(.*)\1$/, '$2'); }

/** A switch, a number or a path: a setting about a secret, not one. */
export function isSettingValue(value: string): boolean {
  const v = unquote(value);
  return /^(true|false|yes|no|on|off|none|null|\d+(\.\d+)?[smhd]?)$/i.test(v) || /^\.{0,2}\//.test(v);
}

/** A value that cannot be a credential: empty, a setting, or an obvious placeholder. */
export function isInertValue(value: string): boolean {
  const v = unquote(value);
  return v === '' || isSettingValue(v) || /^(change[-_]?me|replace[-_]?me|xxx+|\*+|todo|example|placeholder|dummy|your[-_].*|<[^>]*>)$/i.test(v);
}

/** `$V` or `${V…}` somewhere in the value. */
export function hasVariable(value: string): boolean { return /\$(\{|[A-Za-z_])/.test(value); }

/** Env vars that tools read as the path of a credential file. */
export const CREDENTIAL_FILE_VARS = new Set([
  'GOOGLE_APPLICATION_CREDENTIALS', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'HF_TOKEN_PATH', 'KUBECONFIG',
  'AZURE_AUTH_LOCATION', 'NPM_CONFIG_USERCONFIG', 'DOCKER_CONFIG', 'PIP_CONFIG_FILE', 'GIT_SSH_KEY', 'SSH_PRIVATE_KEY_PATH',
  'VAULT_TOKEN_FILE', 'CLOUDSDK_CONFIG',
]);

/** Why a path's file name says it holds a secret, or undefined. */
export function secretFileKind(path: string): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/\/+$/, '');
  const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  if (base === '.env' || /^\.env\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+$/.test(base)) return 'an environment file';
  if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(base)) return 'an SSH private key';
  if (/\.(pem|key|p12|pfx|jks|keystore)$/.test(base) && !/(^|[._-])(pub|public|cert|crt|chain|ca|fullchain|signing|gpg|repo|archive|keyring)([._-]|$)/.test(base)) return 'a private key or key store';
  if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', 'credentials.json', 'kubeconfig', '.htpasswd'].includes(base)) return `a credentials file (${base})`;
  if (/(^|\/)\.aws(\/|$)/.test(p)) return 'AWS credentials';
  if (/(^|\/)\.docker\/config\.json$/.test(p)) return 'Docker registry credentials';
  if (/(^|\/)\.kube\/config$/.test(p)) return 'a kubeconfig';
  if (/(^|\/)\.ssh(\/|$)/.test(p) && !['known_hosts', 'config'].includes(base) && !base.endsWith('.pub')) return 'SSH keys';
  return undefined;
}
