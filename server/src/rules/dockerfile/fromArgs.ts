// ARGs visible to FROM lines: those declared before the first FROM, and the platform ARGs BuildKit predefines.
import type { DockerfileModel } from '../../engine/dockerfile/model';

export const PLATFORM_ARGS = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
]);

/** Every global ARG name with its default; declared without a default → ''. */
export function declaredGlobalArgs(model: DockerfileModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const arg of model.ast.getInitialARGs()) {
    const prop = arg.getProperty();
    const name = prop?.getName();
    if (name) out.set(name, prop?.getValue() ?? '');
  }
  return out;
}
