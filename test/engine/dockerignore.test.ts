// The .dockerignore matcher (Docker's patternmatcher semantics) and its lookup beside a Dockerfile.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanPath, excludedBy, parseDockerignore } from '../../server/src/engine/dockerfile/dockerignore';
import { dockerignoreFor } from '../../server/src/workspace/dockerignore';

/** The paths of `paths` that `text` keeps out of the context. */
function excluded(text: string, paths: string[]): string[] {
  const ignore = parseDockerignore(text);
  return paths.filter((p) => excludedBy(ignore, p) !== undefined);
}

describe('.dockerignore matcher', () => {
  it('`*` and `?` stay within one path segment; patterns are relative to the root', () => {
    assert.deepEqual(excluded('*.pem\n', ['key.pem', 'certs/key.pem', 'pem']), ['key.pem']);
    assert.deepEqual(excluded('file?.txt\n', ['file1.txt', 'file10.txt', 'file/.txt']), ['file1.txt']);
    assert.deepEqual(excluded('*/temp*\n', ['a/temp', 'a/temporary', 'temp', 'a/b/temp']), ['a/temp', 'a/temporary']);
  });

  it('`**` spans any number of segments, none included', () => {
    assert.deepEqual(excluded('**/*.pem\n', ['key.pem', 'a/b/key.pem', 'key.pem.txt']), ['key.pem', 'a/b/key.pem']);
    assert.deepEqual(excluded('**/.env\n', ['.env', 'app/.env', 'app.env']), ['.env', 'app/.env']);
    assert.deepEqual(excluded('docs/**\n', ['docs/a.md', 'docs/x/y.md', 'docs', 'docsy']), ['docs/a.md', 'docs/x/y.md']);
    assert.deepEqual(excluded('a/**/b\n', ['a/b', 'a/x/b', 'a/x/y/b', 'b']), ['a/b', 'a/x/b', 'a/x/y/b']);
    assert.deepEqual(excluded('**\n', ['x', 'a/b/c']), ['x', 'a/b/c']);
  });

  it('character classes, escapes and regex characters', () => {
    assert.deepEqual(excluded('[a-c].txt\n', ['a.txt', 'b.txt', 'd.txt']), ['a.txt', 'b.txt']);
    assert.deepEqual(excluded('[^a].txt\n', ['a.txt', 'b.txt']), ['b.txt']);
    assert.deepEqual(excluded('\\*.txt\n', ['*.txt', 'a.txt']), ['*.txt']);
    assert.deepEqual(excluded('a+b.(x)\n', ['a+b.(x)', 'aab.x']), ['a+b.(x)']);
  });

  it('a pattern that matches a directory excludes what is in it', () => {
    assert.deepEqual(excluded('node_modules\n', ['node_modules', 'node_modules/x/index.js', 'src/node_modules/x']), ['node_modules', 'node_modules/x/index.js']);
    assert.deepEqual(excluded('.git\n', ['.git/config', '.github/workflows/ci.yml', '.gitignore']), ['.git/config']);
  });

  it('a leading `/`, `./` and trailing slashes mean nothing; comments and blank lines are skipped', () => {
    assert.deepEqual(excluded('/build/\n./docs\n', ['build/out', 'docs/a.md', 'src/build/x']), ['build/out', 'docs/a.md']);
    assert.deepEqual(excluded('# .env\n\n   \n', ['.env']), []);
    assert.deepEqual(excluded(' # hash\n', ['# hash']), ['# hash'], 'only a line that starts with # is a comment');
    assert.deepEqual(excluded('\uFEFF.env\r\nsecret.txt  \r\n', ['.env', 'secret.txt']), ['.env', 'secret.txt'], 'BOM, CRLF, trailing blanks');
  });

  it('`!` exceptions: the last matching line wins, also for files inside an excluded directory', () => {
    assert.deepEqual(excluded('*.md\n!README.md\n', ['README.md', 'CHANGES.md']), ['CHANGES.md']);
    assert.deepEqual(excluded('!README.md\n*.md\n', ['README.md']), ['README.md']);
    assert.deepEqual(excluded('*\n!src\n!package.json\n', ['src/index.ts', 'package.json', 'lib/x.js', '.env']), ['lib/x.js', '.env']);
    assert.deepEqual(excluded('docs\n!docs/keep.md\n', ['docs/keep.md', 'docs/other.md']), ['docs/other.md']);
    assert.deepEqual(excluded('*.md\n!README.md\nREADME.md\n', ['README.md']), ['README.md']);
    assert.equal(parseDockerignore('a\n!b\n').hasExceptions, true);
    assert.equal(parseDockerignore('a\n').hasExceptions, false);
  });

  it('names the deciding pattern; leaves out a broken line; the context root is never excluded', () => {
    const ignore = parseDockerignore('[\nsecrets/\n*.key\n');
    assert.deepEqual(ignore.patterns.map((p) => p.pattern), ['secrets', '*.key']);
    assert.equal(excludedBy(ignore, 'secrets/a/b.txt')?.pattern, 'secrets');
    assert.equal(excludedBy(ignore, './tls.key')?.pattern, '*.key');
    assert.equal(excludedBy(parseDockerignore('*\n'), '.'), undefined);
  });

  it('cleans paths as Go does', () => {
    assert.equal(cleanPath('a//b/./c/'), 'a/b/c');
    assert.equal(cleanPath('a/../../x'), '../x');
    assert.equal(cleanPath('/a/../..'), '/');
    assert.equal(cleanPath('./'), '.');
  });
});

describe('.dockerignore lookup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-dockerignore-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('<name>.dockerignore beside the Dockerfile wins over .dockerignore; none is null; not on disk is unknown', () => {
    assert.equal(dockerignoreFor(join(dir, 'Dockerfile')), null);
    writeFileSync(join(dir, '.dockerignore'), '.env\n');
    assert.equal(dockerignoreFor(join(dir, 'Dockerfile')), '.env\n');
    writeFileSync(join(dir, 'Dockerfile.dockerignore'), '.git\n');
    assert.equal(dockerignoreFor(join(dir, 'Dockerfile')), '.git\n');
    assert.equal(dockerignoreFor(join(dir, 'api.Dockerfile')), '.env\n');
    assert.equal(dockerignoreFor(undefined), undefined);
  });

  it('re-reads the file when it changes', () => {
    const file = join(dir, 'web.Dockerfile.dockerignore');
    writeFileSync(file, 'a\n');
    assert.equal(dockerignoreFor(join(dir, 'web.Dockerfile')), 'a\n');
    writeFileSync(file, 'b\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(dockerignoreFor(join(dir, 'web.Dockerfile')), 'b\n');
  });
});
