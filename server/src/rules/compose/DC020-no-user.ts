// No `user:`: the service runs as whatever the image says, which is root for most images.
import type { ComposeRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { addToMap } from '../../engine/yaml/edit';
import { describeServices, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC020',
  title: 'Service does not set a user',
  kind: 'compose',
  severity: 'off',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    const found = sites<undefined>(report, (services) => ({
      range: keyRange(model.file.lines, services[0].pair),
      message: `${describeServices(services)} ${verb(services, 'sets', 'set')} no \`user\`, so ${verb(services, 'it runs', 'they run')} as the image's user, which is root unless the image says otherwise.`,
      fixes: [{ title: 'Add user: "10001:10001" (the image must allow it)', edits: addToMap(model.file, services[0].map, { user: '10001:10001' }, model.style) }],
    }));
    for (const service of model.services) {
      if (!model.effective(service, 'user') && !service.extendsUnseen) found.add(service.map, service, undefined);
    }
    found.flush();
  },
};
