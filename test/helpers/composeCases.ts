// Small builders for Compose rule tests.

/** A file with one service `app` (image `app:1`) whose other keys are `body` (indented 4). */
export function service(body: string, name = 'app'): string {
  return `services:\n  ${name}:\n    image: app:1\n${body}`;
}

/** Two documents in one file; each has its own top level. */
export function twoDocuments(first: string, second: string): string {
  return `${first}---\n${second}`;
}
