import { rule } from '../../server/src/rules/compose/DC031-image-tag';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const img = (image: string, extra = '') => `services:\n  app:\n    image: ${image}\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'version tag', code: img('postgres:17.2') },
    { name: 'registry with a port, tagged', code: img('registry.local:5000/team/app:1.2.3') },
    { name: 'digest pins whatever the tag', code: img(`redis:latest@sha256:${'a'.repeat(64)}`) },
    { name: 'built here: image names the result', code: img('myapp', '    build: .\n') },
    { name: 'templated', code: img('${REGISTRY}/app:${TAG:-latest}') },
  ],
  invalid: [
    { name: 'untagged', code: img('postgres'), lines: [3], message: /has no tag/, output: null },
    { name: 'latest, registry with a port', code: img('"registry.local:5000/app:latest"'), lines: [3], message: /moving `latest`/, output: null },
    { name: 'from a merged anchor: once', code: 'x-img: &img\n  image: redis\nservices:\n  a:\n    <<: *img\n  b:\n    <<: *img\n', lines: [2], message: /^Services `a` and `b` run/, output: null },
    { name: 'multi-document file', code: twoDocuments(img('a:1'), img('nginx:latest')), lines: [7], output: null },
  ],
});
