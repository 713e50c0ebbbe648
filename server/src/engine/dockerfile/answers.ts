// dockerfile-ast recomputes its answers on every call: getRawArguments re-scans the
// instruction's text, and the library's own constructors and parser call it four or five
// times per instruction (exec form, flags, argument ranges, heredocs) before any rule asks;
// getKeyword upper-cases, getVariables re-parses. A parsed instruction never changes, so
// each answer is computed once per instruction, for every instruction this engine's copy
// of the library creates. Arrays are handed out as copies, because the library's own
// getArguments() shifts flags off the array it gets.
import { Instruction, Onbuild } from 'dockerfile-ast';

class Answers {
  getRawArguments: unknown = undefined;
  getKeyword: unknown = undefined;
  getVariables: unknown = undefined;
  getHeredocs: unknown = undefined;
  getTriggerInstruction: unknown = undefined;
}

/** Where an instruction keeps its answers: one object of one shape (adding properties in varying order is slow). */
const ANSWERS = Symbol('answers');

function memoize(prototype: object, name: keyof Answers): void {
  const methods = prototype as Record<string, () => unknown>;
  const compute = methods[name];
  methods[name] = function (this: { [ANSWERS]?: Answers }) {
    const answers = (this[ANSWERS] ??= new Answers());
    let answer = answers[name];
    if (answer === undefined) answer = answers[name] = compute.call(this); // no method here answers undefined
    return Array.isArray(answer) ? answer.slice() : answer;
  };
}

for (const name of ['getRawArguments', 'getKeyword', 'getVariables', 'getHeredocs'] as const) memoize(Instruction.prototype, name);
memoize(Onbuild.prototype, 'getTriggerInstruction');
