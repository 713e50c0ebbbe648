import { rule } from '../../server/src/rules/dockerfile/DF089-setuid-bit';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'ordinary modes; sticky /tmp', code: 'FROM debian:12\nRUN chmod 755 /app && chmod -R u+rwX /data && chmod 1777 /tmp && chmod a-s /usr/bin/x\n' },
    { name: 'setgid directories only share their group', code: 'FROM postgres:17\nRUN install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql && mkdir -m 2775 /shared && chmod g+s /srv/data\n' },
    { name: 'build stage only', code: 'FROM debian:12 AS b\nRUN chmod u+s /x\nFROM debian:12\nCOPY --from=b /y /y\n' },
  ],
  invalid: [
    { name: 'chmod u+s', code: 'FROM debian:12\nRUN chmod u+s /usr/local/bin/tool\n', lines: [2], message: /`u\+s`/, output: null },
    {
      name: 'multi-stage final stage and heredoc: 4755, g+s, install -m 2755',
      code: 'FROM debian:12 AS b\nRUN true\nFROM debian:12\nCOPY --from=b /x /x\nRUN chmod 4755 /x\nRUN <<EOF\nchmod g+s /usr/local/bin/tool\ninstall -m 2755 tool /usr/bin/tool\nEOF\n',
      lines: [5, 7, 8],
      output: null,
    },
  ],
});
