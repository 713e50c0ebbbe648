// Node globals that bundled dependencies touch, for the Web Worker build (esbuild `inject`).
// dockerfile-ast reads the first character's UTF-8 bytes with Buffer.from to spot a BOM.
export const Buffer = {
  from: (text: string) => new TextEncoder().encode(text),
};
