/**
 * Values derived once from one parsed file (its YAML style, the RUN steps of a Dockerfile,
 * rule indexes), shared by every rule that asks. They live with the file rather than in
 * module-level WeakMaps: V8's scavenger keeps WeakMap entries of young keys alive, which
 * would promote every analysed file, syntax tree and all, to the old generation.
 */
export type Memo = <T>(key: object, compute: () => T) => T;

export function createMemo(): Memo {
  const values = new Map<object, unknown>();
  return <T>(key: object, compute: () => T): T => {
    if (!values.has(key)) values.set(key, compute());
    return values.get(key) as T;
  };
}
