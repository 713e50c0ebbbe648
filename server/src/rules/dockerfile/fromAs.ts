// The `AS` keyword of a FROM line, and the case it should have.
import type { From } from 'dockerfile-ast';
import type { Range } from '../../engine/types';
import type { KeywordCase } from '../../engine/dockerfile/casing';

export function asKeyword(from: From): { text: string; range: Range } | undefined {
  const args = from.getArguments();
  if (args.length < 3 || args[1].getValue().toLowerCase() !== 'as') return undefined;
  return { text: args[1].getValue(), range: args[1].getRange() };
}

/** The case of a keyword written all upper or all lower; undefined for mixed case. */
export function caseOf(word: string): KeywordCase | undefined {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return undefined;
}
