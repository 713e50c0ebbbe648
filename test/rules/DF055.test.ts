import { rule } from '../../server/src/rules/dockerfile/DF055-copy-archive-then-extract';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'ADD unpacks it', code: 'FROM alpine:3.20\nADD app.tar.gz /opt/\n' },
    { name: 'copied but not unpacked', code: 'FROM alpine:3.20\nCOPY backup.tar /data/\n' },
    { name: 'from another stage', code: 'FROM alpine:3.20 AS a\nRUN tar czf /a.tgz /etc\nFROM alpine:3.20\nCOPY --from=a /a.tgz /\nRUN tar xzf /a.tgz\n' },
  ],
  invalid: [
    { name: 'COPY then tar', code: 'FROM alpine:3.20\nCOPY dist/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n', lines: [2], output: null },
    { name: 'multi-stage, heredoc RUN', code: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nCOPY site.tgz /srv/\nRUN <<EOF\ncd /srv\ntar xzf site.tgz\nEOF\n', lines: [4], output: null },
  ],
});
