// EXPOSE words: `80`, `80/tcp`, `8000-8010/udp`, and the host mappings BuildKit
// warns about (`127.0.0.1:8080:80`, `8080:80`). Variables are expanded first.
import { stageVariables, type DockerfileModel } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { allInstructions, argumentWords, deleteWord, outer, type Located, type Word } from '../../engine/dockerfile/instructions';
import type { Fix } from '../../engine/types';

export interface ExposedPort {
  word: Word;
  /** The expanded word. */
  value: string;
  /** What comes before the container port (`ip:hostPort:`), if anything. */
  mapping?: string;
  /** The container port or range, without protocol. */
  port: string;
  proto?: string;
  lo: number;
  hi: number;
}

export function exposedPorts(model: DockerfileModel, l: Located): { ports: ExposedPort[]; words: Word[] } {
  const words = argumentWords(l.inst);
  const vars = words.some((w) => w.value.includes('$')) ? stageVariables(l.stage, model.globalArgs, l.inst.getRange().start.line) : undefined;
  const ports: ExposedPort[] = [];
  for (const word of words) {
    const value = vars ? expandVariables(word.value, vars, model.escape) : word.value;
    if (value === undefined) continue;
    const m = /^(.*:)?(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(value);
    if (!m) continue;
    const lo = Number(m[2]), hi = m[3] === undefined ? lo : Number(m[3]);
    ports.push({ word, value, mapping: m[1], port: m[3] === undefined ? m[2] : `${m[2]}-${m[3]}`, proto: m[4], lo, hi });
  }
  return { ports, words };
}

/** Removes one port from its EXPOSE (the line when it is the only one). */
export function removePortFix(model: DockerfileModel, l: Located, port: ExposedPort, words: Word[]): Fix {
  return { title: `Remove port ${port.value}`, edits: [deleteWord(model, outer(l), port.word.range, words.map((w) => w.range))] };
}

/** Calls `visit` for every port of every EXPOSE (ONBUILD EXPOSE too). */
export function forEachPort(model: DockerfileModel, visit: (port: ExposedPort, l: Located, words: Word[]) => void): void {
  for (const l of allInstructions(model)) {
    if (l.keyword !== 'EXPOSE') continue;
    const { ports, words } = exposedPorts(model, l);
    for (const port of ports) visit(port, l, words);
  }
}
