// Shell-style variable expansion as BuildKit does it for ARG/ENV values:
// $V, ${V}, ${V:-default}, ${V-default}, ${V:+alt}, ${V+alt}.

/** Expands `text`; undefined when a variable it needs has no known value. */
export function expandVariables(text: string, vars: ReadonlyMap<string, string>, escape = '\\'): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escape && text[i + 1] === '$') { out += '$'; i++; continue; }
    if (c !== '$') { out += c; continue; }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1) return undefined;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])(.*))?$/s.exec(text.slice(i + 2, close));
      if (!m) return undefined;
      const [, name, colon, op, word] = m;
      const value = vars.get(name);
      const isSet = colon ? Boolean(value) : value !== undefined;
      if (op === '-') {
        const replacement = isSet ? value : expandVariables(word, vars, escape);
        if (replacement === undefined) return undefined;
        out += replacement;
      } else if (op === '+') {
        if (isSet) { const alt = expandVariables(word, vars, escape); if (alt === undefined) return undefined; out += alt; }
      } else {
        if (value === undefined) return undefined;
        out += value;
      }
      i = close;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      if (!m) { out += c; continue; }
      const value = vars.get(m[0]);
      if (value === undefined) return undefined;
      out += value;
      i += m[0].length;
    }
  }
  return out;
}
