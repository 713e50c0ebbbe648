// What we know about base images offline: their family (which user tools they
// ship) and whether they already run as a non-root user.

export type ImageFamily = 'scratch' | 'distroless' | 'busybox' | 'shadow' | 'windows' | 'unknown';

export interface ImageRef { registry?: string; path: string; tag?: string; digest?: string }

export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  const slash = rest.indexOf('/');
  const first = slash === -1 ? '' : rest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  return {
    registry: hasRegistry ? first : undefined,
    path: (hasRegistry ? rest.slice(slash + 1) : rest).toLowerCase(),
    tag: tag?.toLowerCase(),
    digest,
  };
}

/** Official images built on Debian/Ubuntu/RHEL userlands, which have groupadd/useradd. */
const SHADOW_IMAGES = new Set([
  'debian', 'ubuntu', 'node', 'python', 'golang', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'ruby', 'php',
  'rust', 'perl', 'nginx', 'httpd', 'buildpack-deps', 'maven', 'gradle', 'elixir', 'erlang', 'haskell', 'swift',
  'gcc', 'julia', 'r-base', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'fedora', 'centos', 'rockylinux',
  'almalinux', 'oraclelinux', 'amazonlinux', 'ubi8/ubi', 'ubi9/ubi', 'ubi8/ubi-minimal', 'ubi9/ubi-minimal',
  'dotnet/sdk', 'dotnet/aspnet', 'dotnet/runtime', 'dotnet/runtime-deps',
]);

function lastSegment(path: string): string { return path.slice(path.lastIndexOf('/') + 1); }

export function imageFamily(ref: string): ImageFamily {
  const img = parseImageRef(ref);
  const name = img.path.replace(/^library\//, '');
  const tag = img.tag ?? '';
  if (name === 'scratch') return 'scratch';
  if (/(^|\/)windows|nanoserver|servercore/.test(name) || /nanoserver|servercore|windowsservercore|ltsc20/.test(tag)) return 'windows';
  if (name.startsWith('distroless/') || img.registry === 'gcr.io' && name.startsWith('distroless')) return 'distroless';
  if (img.registry === 'cgr.dev') return tag.includes('dev') ? 'busybox' : 'distroless';
  if (name === 'alpine' || name === 'busybox' || /alpine/.test(tag) || /alpine/.test(lastSegment(name))) return 'busybox';
  if (SHADOW_IMAGES.has(name) || SHADOW_IMAGES.has(lastSegment(name))) return 'shadow';
  return 'unknown';
}

/** Images whose default user is already non-root. */
export function runsAsNonRootByDefault(ref: string): boolean {
  const img = parseImageRef(ref);
  const tag = img.tag ?? '';
  if (/(^|-)nonroot($|-)/.test(tag)) return true;
  if (img.registry === 'cgr.dev' && !tag.includes('dev')) return true;
  if (img.path.startsWith('bitnami/')) return true;
  return false;
}
