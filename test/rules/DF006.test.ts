import { rule } from '../../server/src/rules/dockerfile/DF006-end-of-life-image';
import { ruleTester } from '../helpers/ruleTester';
import { endOfLife } from '../../server/src/engine/dockerfile/eol';
import { it } from 'node:test';
import assert from 'node:assert/strict';

ruleTester(rule, {
  valid: [
    { name: 'supported releases', code: 'FROM python:3.13-slim-trixie\nFROM node:24\nFROM golang:1.26\nFROM debian:13\nFROM ubuntu:24.04\nFROM alpine:3.22\nFROM eclipse-temurin:21-jre\n' },
    { name: 'moving major tags are not judged', code: 'FROM python:3\nFROM node:lts\nFROM ubuntu:latest\n' },
    { name: 'multi-stage with a heredoc, all supported', code: 'FROM golang:1.26-trixie AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\n' },
    { name: 'openjdk early-access builds are not the deprecated releases', code: 'FROM openjdk:26-ea-jdk\n' },
    { name: 'unresolvable ARG', code: 'ARG PY\nFROM python:${PY}\n' },
  ],
  invalid: [
    { name: 'Python 2', code: 'FROM python:2.7-slim\n', lines: [1], message: /Python 2 stopped getting security fixes on 2020-01-01/, output: null },
    { name: 'Node.js odd release and codename', code: 'FROM node:23-alpine\nFROM node:lts-iron\n', lines: [1, 2], output: null },
    { name: 'Debian codename in another image tag', code: 'FROM ruby:3.4-buster\n', lines: [1], message: /Debian 10 .* 2024-06-30/, output: null },
    { name: 'Ubuntu LTS past standard support', code: 'FROM ubuntu:focal\n', lines: [1], message: /Ubuntu 20\.04/, output: null },
    { name: 'CentOS, any release', code: 'FROM centos:7\nFROM centos\n', lines: [1, 2], output: null },
    { name: 'Alpine suffix in a tag', code: 'FROM python:3.13-alpine3.18\n', lines: [1], message: /Alpine 3\.18/, output: null },
    { name: 'deprecated openjdk image', code: 'FROM openjdk:17-jdk-slim\n', lines: [1], message: /deprecated/, output: null },
    { name: 'ARG default resolved', code: 'ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n', lines: [2], message: /Go 1\.22/, output: null },
    {
      name: 'multi-stage with a heredoc: an EOL build stage and an EOL distroless runtime',
      code: 'FROM golang:1.21 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM gcr.io/distroless/nodejs18-debian11\nCOPY --from=build /app /app\n',
      lines: [1, 5],
      output: null,
    },
  ],
});

it('DF006 table: versions map to their cycle', () => {
  assert.equal(endOfLife('python:3.8.18-bookworm')?.eol, '2024-10-07');
  assert.equal(endOfLife('python:3.11'), undefined);
  assert.equal(endOfLife('node:18.20.4')?.product, 'Node.js 18');
  assert.equal(endOfLife('mcr.microsoft.com/dotnet/aspnet:6.0')?.product, '.NET 6');
  assert.equal(endOfLife('mcr.microsoft.com/dotnet/aspnet:10.0'), undefined);
  assert.equal(endOfLife('gcr.io/distroless/static-debian12')?.eol, '2026-08-09');
  assert.equal(endOfLife('gcr.io/distroless/nodejs22-debian12')?.eol, '2025-11-09');
  assert.equal(endOfLife('gcr.io/distroless/nodejs22-debian13'), undefined);
});
