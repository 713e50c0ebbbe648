import { rule } from '../../server/src/rules/dockerfile/DF003-latest-tag';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'version tag', code: 'FROM node:22-bookworm-slim\n' },
    { name: 'latest with a digest is pinned', code: 'FROM alpine:latest@sha256:0f2a8c0d3e1b4a5f6e7d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788796a5b\n' },
    { name: 'no tag is DF002, not this rule', code: 'FROM alpine\n' },
    { name: 'multi-stage with a heredoc, all pinned', code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\n' },
    { name: 'unresolvable ARG', code: 'ARG TAG\nFROM alpine:${TAG}\n' },
  ],
  invalid: [
    { name: 'latest', code: 'FROM ubuntu:latest\n', lines: [1], message: /`ubuntu:latest` uses the moving `latest` tag/, output: null },
    { name: 'latest from an ARG default', code: 'ARG VERSION=latest\nFROM python:${VERSION}\n', lines: [2], message: /`python:latest`/, output: null },
    {
      name: 'multi-stage with a heredoc: the build stage uses latest',
      code: 'FROM rust:latest AS build\nRUN <<EOF\ncargo build --release\nEOF\nFROM debian:13-slim\nCOPY --from=build /src/target/release/app /app\n',
      lines: [1],
      output: null,
    },
    { name: 'upper-case tag, lower-case instruction', code: 'from alpine:LATEST\n', lines: [1], output: null },
  ],
});
