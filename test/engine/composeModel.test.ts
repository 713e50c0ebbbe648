// The Compose model: what a service's settings are after merge keys, aliases and `extends`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../server/src/engine/yaml/document';
import { buildComposeModel, type ComposeModel } from '../../server/src/engine/compose/model';
import { text } from '../../server/src/rules/compose/sites';
import { parseShortPort } from '../../server/src/rules/compose/ports';
import { parseShortMount } from '../../server/src/rules/compose/volumes';
import { environmentOf } from '../../server/src/rules/compose/environment';

const model = (yaml: string) => buildComposeModel(parseYaml(yaml));
const value = (m: ComposeModel, service: string, key: string) => text(m.effective(m.services.find((s) => s.name === service)!, key)?.value);

describe('Compose model', () => {
  it('own keys beat merged ones; in `<<: [*a, *b]` the earlier map wins', () => {
    const m = model('x-a: &a {restart: always, user: a}\nx-b: &b {restart: "no", user: b, pid: host}\nservices:\n  s:\n    <<: [*a, *b]\n    user: own\n');
    assert.deepEqual([value(m, 's', 'user'), value(m, 's', 'restart'), value(m, 's', 'pid')], ['own', 'always', 'host']);
    const entry = m.effective(m.services[0], 'restart')!;
    assert.equal(entry.shared, true);
    assert.equal(m.effective(m.services[0], 'user')!.shared, false);
  });

  it('a tagged merge key (`!!merge <<:`) and a YAML 1.1 document merge too', () => {
    assert.equal(value(model('x: &x {user: a}\nservices:\n  s:\n    !!merge <<: *x\n'), 's', 'user'), 'a');
    assert.equal(value(model('%YAML 1.1\n---\nx: &x {user: a}\nservices:\n  s:\n    <<: *x\n'), 's', 'user'), 'a');
  });

  it('an alias refers to the latest definition of its anchor before it', () => {
    const m = model('x1: &x {user: first}\nx2: &x {user: second}\nservices:\n  a:\n    <<: *x\nx3: &x {user: third}\n');
    assert.equal(value(m, 'a', 'user'), 'second');
  });

  it('aliased services, extends chains (cycles stop), profiles, unseen bases', () => {
    const m = model('services:\n  a: &a\n    image: a:1\n    profiles: [debug]\n  b: *a\n  c:\n    extends: a\n  d:\n    extends: {service: e}\n  e:\n    extends: d\n  f:\n    extends: {file: other.yml, service: x}\n');
    assert.deepEqual(m.services.map((s) => s.name), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.equal(m.services[1].map, m.services[0].map);
    assert.deepEqual(m.services[0].profiles, ['debug']);
    assert.equal(value(m, 'c', 'image'), 'a:1');
    assert.equal(value(m, 'd', 'image'), undefined);
    assert.equal(m.services[5].extendsUnseen, true);
    assert.equal(m.services[2].extendsUnseen, false);
  });

  it('merge-key bombs stay linear: each map is visited once', () => {
    let bomb = 'x0: &x0 {user: deep}\n';
    for (let i = 1; i < 12; i++) bomb += `x${i}: &x${i}\n  <<: [${Array(10).fill(`*x${i - 1}`).join(', ')}]\n`;
    const start = Date.now();
    const m = model(`${bomb}services:\n  s:\n    <<: *x11\n`);
    assert.equal(value(m, 's', 'user'), 'deep');
    assert.ok(Date.now() - start < 1000);
  });

  it('environment: map and list forms, merged maps, extends (own value wins)', () => {
    const m = model('x-env: &env {A: "1", B: "2"}\nservices:\n  base:\n    environment: [C=3, D]\n  s:\n    extends: base\n    environment:\n      <<: *env\n      A: own\n');
    const vars = environmentOf(m, m.services[1]).map((v) => `${v.name}=${v.value ?? '(pass-through)'}${v.shared ? ' shared' : ''}`);
    assert.deepEqual(vars, ['A=own', 'B=2 shared', 'C=3', 'D=(pass-through)']);
  });

  it('short port and volume syntax', () => {
    assert.deepEqual(parseShortPort('127.0.0.1:8080:80/udp'), { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'udp' });
    assert.deepEqual(parseShortPort('[::1]:53:53'), { hostIp: '::1', hostPort: '53', containerPort: '53', protocol: 'tcp' });
    assert.deepEqual(parseShortPort('${HOST:-0.0.0.0}:80'), { hostIp: undefined, hostPort: '${HOST:-0.0.0.0}', containerPort: '80', protocol: 'tcp' });
    assert.deepEqual(parseShortPort('3000'), { containerPort: '3000', protocol: 'tcp' });
    assert.deepEqual(parseShortMount('C:\\data:/data:ro'), { type: 'bind', source: 'C:\\data', target: '/data', readOnly: true, propagation: undefined });
    assert.deepEqual(parseShortMount('cache:/c:rw,rshared'), { type: 'volume', source: 'cache', target: '/c', readOnly: false, propagation: 'rshared' });
    assert.deepEqual(parseShortMount('/anon'), { type: 'volume', target: '/anon', readOnly: false });
  });
});
