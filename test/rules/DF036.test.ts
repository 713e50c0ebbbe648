import { rule } from '../../server/src/rules/dockerfile/DF036-add-git-unpinned';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'commit in the fragment', code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567:docs /docs\n' },
    { name: 'checksum flag', code: 'FROM alpine:3.20\nADD --checksum=0123456789abcdef0123456789abcdef01234567 git@github.com:org/repo.git#v1 /src\n' },
    { name: 'heredoc and plain URLs', code: 'FROM alpine:3.20\nADD <<EOF /x\ngit@github.com:org/repo.git\nEOF\nADD https://example.com/file /f\n' },
  ],
  invalid: [
    {
      name: 'no ref at all',
      code: 'FROM alpine:3.20\nADD https://github.com/org/repo.git /src\n',
      lines: [2],
      message: /default branch/,
      output: null,
    },
    {
      name: 'multi-stage: a tag, over ssh',
      code: 'FROM alpine:3.20 AS src\nADD git@github.com:org/repo.git#v1.2.0 /src\n\nFROM alpine:3.20\nCOPY --from=src /src /src\n',
      lines: [2],
      message: /`v1\.2\.0`/,
      output: null,
    },
  ],
});
