import { rule } from '../../server/src/rules/compose/DC010-docker-socket';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'ordinary binds and volumes', code: service('    volumes:\n      - ./data:/data\n      - docker:/var/lib/docker-data\n      - /var/run/app.sock.d:/sock\n') },
    { name: 'a named volume called docker.sock is not the host socket', code: service('    volumes:\n      - type: volume\n        source: docker.sock\n        target: /x\n') },
  ],
  invalid: [
    { name: 'short syntax, read-only does not help', code: service('    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n'), lines: [5], message: /read-only does not help/, output: null },
    { name: 'long syntax, /run path', code: service('    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n'), lines: [5], output: null },
    { name: 'podman socket', code: service('    volumes: ["/run/user/1000/podman/podman.sock:/var/run/docker.sock"]\n'), lines: [4], output: null },
    {
      name: 'through an anchored volume list: one finding for both services',
      code: 'x-sock: &sock\n  volumes:\n    - /var/run/docker.sock:/var/run/docker.sock\nservices:\n  a:\n    <<: *sock\n  b:\n    <<: *sock\n',
      lines: [3], message: /^Services `a` and `b`/, output: null,
    },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    volumes:\n      - /var/run/docker.sock:/tmp/docker.sock\n', 'agent')), lines: [9], output: null },
  ],
});
