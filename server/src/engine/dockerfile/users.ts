// Lines that give an image an unprivileged user, per base image family.
// Numeric UID:GID everywhere, so Kubernetes `runAsNonRoot` can verify it.
import type { ImageFamily } from './images';

export const APP_UID = 10001;
/** The `nonroot` user that distroless and Chainguard images ship. */
export const DISTROLESS_UID = 65532;

export function nonRootUserLines(family: ImageFamily): string[] {
  const id = `${APP_UID}:${APP_UID}`;
  switch (family) {
    case 'shadow':
      return [
        `RUN groupadd --system --gid ${APP_UID} app && useradd --system --uid ${APP_UID} --gid app --no-create-home --shell /usr/sbin/nologin app`,
        `USER ${id}`,
      ];
    case 'busybox':
      return [`RUN addgroup -S -g ${APP_UID} app && adduser -S -D -H -u ${APP_UID} -G app -s /sbin/nologin app`, `USER ${id}`];
    case 'distroless':
    case 'scratch':
      return [`USER ${DISTROLESS_UID}:${DISTROLESS_UID}`];
    default:
      return [`USER ${id}`];
  }
}
