import { rule } from '../../server/src/rules/dockerfile/DF031-credential-file-env';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'credential path mounted at run time', code: 'FROM python:3.13\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json\nCOPY app /app\n' },
    { name: 'build stage only', code: 'FROM google/cloud-sdk:500.0.0 AS fetch\nCOPY sa.json /sa.json\nENV GOOGLE_APPLICATION_CREDENTIALS=/sa.json\nRUN gsutil cp gs://b/o /o\n\nFROM alpine:3.20\nCOPY --from=fetch /o /o\n' },
    { name: 'heredoc COPY elsewhere', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nKUBECONFIG=/app/kube\nEOF\n' },
  ],
  invalid: [
    {
      name: 'file copied, env var points into it',
      code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . /app\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/service-account.json\nCMD ["python", "main.py"]\n',
      lines: [4],
      message: /\/app\/service-account\.json/,
      output: null,
    },
    {
      name: 'multi-stage: the final stage builds on the stage that copied; ARG-expanded path',
      code: 'FROM alpine:3.20 AS base\nCOPY kube/ /etc/kube/\n\nFROM base\nARG DIR=/etc/kube\nENV KUBECONFIG=${DIR}/config\n',
      lines: [6],
      output: null,
    },
    {
      name: 'COPY straight to the variable: reported once, on the ENV',
      code: 'FROM node:22\nENV GOOGLE_APPLICATION_CREDENTIALS=/creds.json\nCOPY key.json $GOOGLE_APPLICATION_CREDENTIALS\n',
      lines: [2],
      output: null,
    },
    {
      name: 'COPY to a variable set outside the Dockerfile',
      code: 'FROM node:22\nCOPY key.json ${GOOGLE_APPLICATION_CREDENTIALS}\n',
      lines: [2],
      output: null,
    },
  ],
});
