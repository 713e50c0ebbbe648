import { rule } from '../../server/src/rules/kubernetes/K8S005-capabilities-added';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('default-set capabilities', 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE, CHOWN]'),
  ],
  invalid: [
    ...containerCases({
      name: 'SYS_ADMIN and NET_RAW added, CHOWN kept',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    add:\n      - SYS_ADMIN\n      - CHOWN\n      - NET_RAW\n    drop: [ALL]',
      lines: [6, 8],
      message: /outside the runtime's default set and gives root-equivalent/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    add:\n      - CHOWN\n    drop: [ALL]',
    }),
    ...containerCases({
      name: 'only forbidden adds in flow style: the add key goes',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n    add: ["SYS_TIME"]',
      lines: [6],
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    drop: [ALL]',
    }),
  ],
});
