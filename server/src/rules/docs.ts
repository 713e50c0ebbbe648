// Where each rule's documentation page lives: docs/rules/<id>.md, shipped in the extension.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The docs folder next to the bundle (dist/../docs/rules), or in the source tree when run unbundled. */
function docsRoot(): string {
  const here = __dirname;
  return join(here, /[\\/]dist$/.test(here) ? '..' : '../../..', 'docs', 'rules');
}

export function ruleDocsUrl(id: string): string {
  return pathToFileURL(join(docsRoot(), `${id}.md`)).href;
}
