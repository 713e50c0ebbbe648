import { rule } from '../../server/src/rules/dockerfile/DF035-add-url-no-checksum';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'checksum given', code: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/\n' },
    { name: 'local and git sources are other rules', code: 'FROM alpine:3.20\nADD app.tar.gz /opt/\nADD https://github.com/org/repo.git#0123456789abcdef0123456789abcdef01234567 /src\n' },
    { name: 'heredoc ADD', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhttps://example.com/\nEOF\n' },
  ],
  invalid: [
    {
      name: 'plain URL',
      code: 'FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\n',
      lines: [2],
      message: /https:\/\/example\.com\/tool\.tgz/,
      output: null,
    },
    {
      name: 'multi-stage, URL from an ARG, JSON form',
      code: 'ARG VERSION=1.2.3\nFROM alpine:3.20 AS fetch\nARG VERSION\nADD ["https://example.com/tool-${VERSION}.tgz", "/tmp/"]\n\nFROM alpine:3.20\nCOPY --from=fetch /tmp /tmp\n',
      lines: [4],
      message: /tool-1\.2\.3\.tgz/,
      output: null,
    },
  ],
});
