import { rule } from '../../server/src/rules/dockerfile/DF093-world-writable';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'owner-writable; sticky world-writable /tmp; +w without who', code: 'FROM debian:12\nRUN chmod 755 /app && chmod 1777 /tmp && chmod g+w /data && chmod +w /x && chmod 0644 /etc/x\n' },
    { name: 'a temporary directory removed in the same RUN', code: 'FROM debian:12\nRUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && make -C "$tempDir" && rm -rf "$tempDir"\n' },
    { name: 'build stage only', code: 'FROM debian:12 AS b\nRUN chmod 777 /x\nFROM debian:12\nCOPY --from=b /y /y\n' },
    { name: '$MODE is not judged', code: 'FROM debian:12\nRUN chmod $MODE /x\n' },
  ],
  invalid: [
    { name: 'chmod -R 777', code: 'FROM debian:12\nRUN chmod -R 777 /app\n', lines: [2], message: /`777`/, output: 'FROM debian:12\nRUN chmod -R 775 /app\n' },
    {
      name: 'multi-stage final stage and heredoc: a+w, o=rwx, mkdir -m 0666',
      code: 'FROM debian:12 AS b\nRUN true\nFROM debian:12\nCOPY --from=b /x /x\nRUN <<EOF\nchmod a+w /data\nchmod u=rwx,o=rwx /y\nmkdir -m 0666 /z\nEOF\n',
      lines: [6, 7, 8],
      output: null,
    },
  ],
});
