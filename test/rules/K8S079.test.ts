import { rule } from '../../server/src/rules/kubernetes/K8S079-job-ttl';
import { ruleTester } from '../helpers/ruleTester';

const job = (ttl: string) => `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n${ttl}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: a\n          image: a:1\n`;
ruleTester(rule, {
  valid: [
    { name: 'ttl set', code: job('  ttlSecondsAfterFinished: 3600\n') },
    { name: 'CronJob jobs are cleaned by history limits', code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: "a:1"}]\n' },
  ],
  invalid: [
    { name: 'no ttl', code: job(''), lines: [5], message: /ttlSecondsAfterFinished/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${job('')}`, lines: [10], output: null },
  ],
});
