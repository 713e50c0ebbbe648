import { rule } from '../../server/src/rules/compose/DC011-sensitive-host-path';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'time zone, CA bundle, project files, named volumes', code: service('    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /etc/ssl/certs:/etc/ssl/certs:ro\n      - ./conf:/etc/app\n      - data:/etc\n      - /srv/app:/data\n') },
    { name: 'the Docker socket is DC010', code: service('    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n') },
  ],
  invalid: [
    { name: 'host /etc, writable', code: service('    volumes:\n      - /etc:/host/etc\n'), lines: [5], message: /`\/etc` is mounted writable/, output: null },
    { name: 'the host root, read-only, long syntax', code: service('    volumes:\n      - type: bind\n        source: /\n        target: /host\n        read_only: true\n'), lines: [5], message: /`\/` is mounted read-only/, output: null },
    { name: 'under /proc and /var/lib/docker, trailing slash', code: service('    volumes:\n      - /proc/:/host/proc:ro\n      - /var/lib/docker/volumes:/v\n'), lines: [5, 6], output: null },
    { name: 'merged from an anchor', code: 'x-mon: &mon\n  volumes: [/sys:/host/sys:ro]\nservices:\n  a:\n    <<: *mon\n  b:\n    <<: *mon\n', lines: [2], message: /^Services `a` and `b`/, output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    volumes:\n      - /root/.ssh:/keys\n', 'b')), lines: [9], output: null },
  ],
});
