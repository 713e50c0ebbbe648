import { rule } from '../../server/src/rules/dockerfile/DF018-invalid-default-arg-in-from';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'defaults give a valid reference', code: 'ARG REGISTRY=ghcr.io/acme\nARG TAG=1.2.3\nFROM ${REGISTRY}/app:${TAG}\n' },
    { name: 'an optional suffix', code: 'ARG VARIANT\nFROM python:3.13${VARIANT:+-$VARIANT}\n' },
    { name: 'multi-stage with a heredoc, platform ARGs are not judged', code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nRUN <<EOF\ngo build\nEOF\nFROM alpine:3.22\n' },
    { name: 'undeclared ARGs are DF017', code: 'FROM alpine:${TAG}\n' },
  ],
  invalid: [
    { name: 'tag ARG without a default', code: 'ARG VERSION\nFROM busybox:$VERSION\n', lines: [2], message: /resolves to `busybox:`, which is not a valid image reference.*Give `VERSION` a default/, output: null },
    { name: 'image ARG without a default', code: 'ARG BASE\nFROM ${BASE}\n', lines: [2], message: /an empty image name/, output: null },
    { name: 'multi-stage with a heredoc, upper-case default', code: 'ARG IMG=Alpine\nFROM ${IMG}:3.22 AS a\nRUN <<EOF\ntrue\nEOF\nfrom a\n', lines: [2], output: null },
  ],
});
