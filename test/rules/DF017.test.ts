import { rule } from '../../server/src/rules/dockerfile/DF017-undefined-arg-in-from';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'declared global ARG, with and without a default', code: 'ARG REGISTRY\nARG TAG=3.22\nFROM ${REGISTRY}/alpine:${TAG}\n' },
    { name: 'multi-stage with a heredoc: predefined platform ARGs', code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nRUN <<EOF\ngo build\nEOF\nFROM --platform=$TARGETPLATFORM alpine:3.22\n' },
  ],
  invalid: [
    { name: 'ARG declared only inside a stage', code: 'FROM alpine:3.22\nARG TAG=13\nFROM debian:${TAG}\n', lines: [3], message: /`\$TAG` is not declared by an ARG before the first FROM.*Declare `ARG TAG=…`/, output: null },
    { name: 'a near miss', code: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERISON}-slim\n', lines: [2], message: /did you mean `NODE_VERSION`\?/, output: null },
    { name: 'multi-stage with a heredoc, in the platform flag', code: 'FROM alpine:3.22 AS a\nRUN <<EOF\ntrue\nEOF\nfrom --platform=$PLATFORM a\n', lines: [5], output: null },
  ],
});
