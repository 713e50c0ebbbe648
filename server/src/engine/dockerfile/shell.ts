// A small POSIX shell lexer and command splitter for RUN instructions. It
// reads quotes, escapes, `&&` `||` `;` `|` `&`, subshells and groups, `$(…)`,
// backticks, `${…}`, redirects, heredocs (several per line, `<<-`), comments,
// control keywords and env-assignment prefixes, and gives every word its
// offsets in the Dockerfile text. It does not evaluate anything.
import type { Invocation } from './commands';
//
// Why not a full shell parser from npm (measured on the 2,511 shell-form RUNs
// of /work/shared/corpus/dockerfile, where dockerfile-ast parses a whole file
// in 0.44 ms and analysis may cost at most as much again):
//   mvdan-sh   0.17 ms per RUN (0.54 ms per file: over budget before any rule),
//              1.3 MB minified (314 kB gzipped) in each of server and CLI;
//   sh-syntax  asynchronous API only (Go WASM), 10 ms per RUN, 750 kB WASM;
//   bash-parser 1.3 ms per RUN, fails on 266 of them, unmaintained;
//   web-tree-sitter + tree-sitter-bash  asynchronous initialisation,
//              0.075 ms per RUN to parse alone, 1.57 MB of WASM.
// This lexer reads a RUN in a few microseconds and is synchronous and pure.

export interface Word {
  /** The value with quotes removed and escapes resolved; expansions are kept verbatim. */
  text: string;
  /** Offsets into the Dockerfile text (end exclusive). */
  start: number;
  end: number;
  /** Contains `$…`, `${…}`, `$(…)` or a backtick substitution. */
  dynamic: boolean;
  quoted: boolean;
}

export interface Heredoc {
  delimiter: string;
  /** Offsets of the body (the lines between the operator's line and the delimiter line). */
  start: number;
  end: number;
  /** The body is run as a script (bare `RUN <<EOF`, or fed to sh/bash). */
  script: boolean;
}

export interface Command {
  /** argv: the words after assignments, without redirects. */
  words: Word[];
  /** `NAME=value` words before the command name. */
  assignments: Word[];
  /** Redirect targets (`> file`, `2>&1`, …). */
  redirects: Word[];
  heredocs: Heredoc[];
  start: number;
  end: number;
  pipeline: Pipeline;
  /** For commands inside `$(…)`, backticks or `<(…)`: the command whose word holds them. */
  host?: Command;
  /** What the command runs, filled in once by `invocation()`. */
  invocation?: Invocation;
}

export interface Pipeline {
  commands: Command[];
  /** The operator after the pipeline: `&&`, `||`, `;`, `&`, a newline, or '' at the end. */
  next: string;
}

export interface Script {
  /** Every simple command, nested ones included. */
  commands: Command[];
  pipelines: Pipeline[];
  /** Every heredoc, in order. */
  heredocs: Heredoc[];
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const OPENERS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const CLOSERS = new Set(['fi', 'done', '}', 'esac']);

function isBlank(c: number): boolean { return c === 32 || c === 9; }
function isNewline(c: number): boolean { return c === 10 || c === 13; }
/** Characters that end an unquoted word. */
function isMeta(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 59 /* ; */ || c === 38 /* & */ || c === 124 /* | */
    || c === 40 /* ( */ || c === 41 /* ) */ || c === 60 /* < */ || c === 62 /* > */;
}

interface PendingHeredoc { delimiter: string; strip: boolean; command: Command }

/**
 * Splits `text[start, end)` into commands. In `dockerfile` mode the text is a
 * RUN's shell form: `escape` + end of line joins lines, comment and empty lines
 * inside continuations are dropped, and a line end starts heredoc bodies. In
 * script mode (heredoc bodies) a line end separates commands.
 */
export function lexShell(text: string, start: number, end: number, escape = '\\', dockerfile = true): Script {
  const script: Script = { commands: [], pipelines: [], heredocs: [] };
  new Lexer(text, end, escape.charCodeAt(0), dockerfile, script).run(start);
  if (!inSourceOrder(script.commands)) script.commands.sort((a, b) => a.start - b.start); // nested commands end up out of order
  return script;
}

function inSourceOrder(commands: Command[]): boolean {
  for (let i = 1; i < commands.length; i++) if (commands[i - 1].start > commands[i].start) return false;
  return true;
}

class Lexer {
  pos = 0;
  private pending: PendingHeredoc[] = [];
  private pipeline: Pipeline = { commands: [], next: '' };
  private cmd: Command | undefined;
  /** The current command is no command: a `for … in …` or `case … in` header, or a case pattern. */
  private skipping = false;
  private caseHeader = false;
  private casePattern = false;
  private stop = 0;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly escape: number,
    private readonly dockerfile: boolean,
    private readonly script: Script,
    private readonly host?: Command,
  ) {}

  run(from: number, stop = 0): number {
    this.pos = from;
    this.stop = stop;
    const t = this.text;
    while (this.pos < this.end) {
      this.skipBlanks();
      if (this.pos >= this.end) break;
      const c = t.charCodeAt(this.pos);
      const n = t.charCodeAt(this.pos + 1);
      if (stop !== 0 && c === stop) { this.pos++; break; }
      if (isNewline(c)) {
        this.pos += c === 13 && n === 10 ? 2 : 1;
        if (this.pending.length) { this.endPipeline('\n'); this.readHeredocs(); } else if (!this.dockerfile) this.endPipeline('\n');
        continue;
      }
      if (c === 35 /* # */) { this.skipComment(); continue; }
      if (c === 59 /* ; */) {
        this.pos += n === 59 ? 2 : 1;
        this.endPipeline(';');
        if (n === 59) this.casePattern = true;
        continue;
      }
      if (c === 38 /* & */) {
        if (n === 62 /* &> */) { this.redirect(); continue; }
        this.pos += n === 38 ? 2 : 1;
        this.endPipeline(n === 38 ? '&&' : '&');
        continue;
      }
      if (c === 124 /* | */) {
        if (n === 124) { this.pos += 2; this.endPipeline('||'); continue; }
        this.pos += n === 38 ? 2 : 1;
        this.endCommand();
        continue;
      }
      if (c === 40 /* ( */) {
        if (this.cmd && this.cmd.words.length && t.charCodeAt(this.pos + 1) === 41) { this.pos += 2; this.cmd = undefined; continue; } // f() { … }
        if (n === 40) { this.pos = skipBalanced(t, this.pos, this.end); continue; } // (( arithmetic ))
        this.endCommand();
        this.pos++;
        this.pos = this.sub(this.pos, 41);
        continue;
      }
      if (c === 41 /* ) */) {
        this.pos++;
        if (this.casePattern) { this.cmd = undefined; this.skipping = false; this.casePattern = false; }
        else this.endCommand();
        continue;
      }
      if (c === 60 || c === 62 || (c >= 48 && c <= 57 && this.isFdRedirect())) {
        if ((c === 60 || c === 62) && n === 40) { this.addWord(this.readWord()); continue; } // <(…) >(…)
        this.redirect();
        continue;
      }
      this.addWord(this.readWord());
    }
    this.endPipeline('');
    return this.pos;
  }

  /** Lexes a nested list (subshell, `$(…)`, backticks) up to `stop`, sharing this script. */
  private sub(from: number, stop: number, host?: Command): number {
    const lexer = new Lexer(this.text, this.end, this.escape, this.dockerfile, this.script, host ?? this.host);
    return lexer.run(from, stop);
  }

  private current(at = this.pos): Command {
    if (!this.cmd) {
      this.cmd = { words: [], assignments: [], redirects: [], heredocs: [], start: at, end: at, pipeline: this.pipeline, host: this.host, invocation: undefined };
    }
    return this.cmd;
  }

  private addWord(word: Word): void {
    const cmd = this.current(word.start);
    cmd.end = word.end;
    if (this.skipping) {
      if (word.quoted) return;
      if (word.text === 'in' && this.caseHeader) { this.casePattern = true; this.cmd = undefined; this.skipping = false; this.caseHeader = false; }
      if (word.text === 'do') { this.cmd = undefined; this.skipping = false; }
      return;
    }
    if (this.casePattern) {
      if (word.text === 'esac') { this.casePattern = false; this.cmd = undefined; }
      return;
    }
    if (cmd.words.length === 0 && !word.quoted) {
      if (cmd.assignments.length === 0 && (OPENERS.has(word.text) || CLOSERS.has(word.text))) { this.cmd = undefined; return; }
      if (cmd.assignments.length === 0 && (word.text === 'for' || word.text === 'select' || word.text === 'case')) {
        this.skipping = true;
        this.caseHeader = word.text === 'case';
        return;
      }
      if (isAssignment(word.text)) { cmd.assignments.push(word); return; }
    }
    cmd.words.push(word);
  }

  private endCommand(): void {
    const cmd = this.cmd;
    this.cmd = undefined;
    if (this.skipping && !this.caseHeader) this.skipping = false; // `for x in a b;` ends its header
    if (!cmd || (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.heredocs.length === 0 && !this.pending.some((p) => p.command === cmd))) return;
    this.pipeline.commands.push(cmd);
    this.script.commands.push(cmd);
  }

  private endPipeline(next: string): void {
    this.endCommand();
    if (this.pipeline.commands.length) {
      this.pipeline.next = next;
      this.script.pipelines.push(this.pipeline);
    }
    this.pipeline = { commands: [], next: '' };
  }

  /** Skips blanks, and in dockerfile mode line continuations, empty and comment lines. */
  private skipBlanks(): void {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (isBlank(c)) { this.pos++; continue; }
      const joined = this.continuation(this.pos);
      if (joined !== -1) { this.pos = joined; this.skipCommentLines(); continue; }
      if (this.dockerfile && isNewline(c) && this.pending.length === 0) { this.pos++; this.skipCommentLines(); continue; }
      return;
    }
  }

  /** The offset after a line continuation at `i`, or -1. */
  private continuation(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (!(c === 92 || (this.dockerfile && c === this.escape))) return -1;
    let j = i + 1;
    if (this.dockerfile && c === this.escape) while (j < this.end && isBlank(t.charCodeAt(j))) j++;
    if (j >= this.end) return this.dockerfile ? j : -1;
    const d = t.charCodeAt(j);
    if (d === 13 && t.charCodeAt(j + 1) === 10) return j + 2;
    return isNewline(d) ? j + 1 : -1;
  }

  /** Dockerfile comment lines inside a continued RUN are removed before the shell sees them. */
  private skipCommentLines(): void {
    if (!this.dockerfile) return;
    const t = this.text;
    let i = this.pos;
    while (i < this.end && isBlank(t.charCodeAt(i))) i++;
    if (t.charCodeAt(i) !== 35) return;
    while (i < this.end && !isNewline(t.charCodeAt(i))) i++;
    this.pos = i;
  }

  private skipComment(): void {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (isNewline(c)) {
        // a comment on a continued Dockerfile line swallows the joined line too
        if (!this.dockerfile || !this.endsWithContinuation(this.pos)) return;
      }
      this.pos++;
    }
  }

  private endsWithContinuation(eol: number): boolean {
    let i = eol - 1;
    while (i >= 0 && isBlank(this.text.charCodeAt(i))) i--;
    return this.text.charCodeAt(i) === this.escape;
  }

  private isFdRedirect(): boolean {
    const t = this.text;
    let i = this.pos;
    while (i < this.end && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
    const c = t.charCodeAt(i);
    return (c === 60 || c === 62) && (this.cmd === undefined || this.pos === 0 || isMeta(t.charCodeAt(this.pos - 1)));
  }

  private redirect(): void {
    const t = this.text;
    const cmd = this.current();
    while (t.charCodeAt(this.pos) >= 48 && t.charCodeAt(this.pos) <= 57) this.pos++;
    const c = t.charCodeAt(this.pos);
    if (c === 60 && t.charCodeAt(this.pos + 1) === 60 && t.charCodeAt(this.pos + 2) !== 60) {
      this.pos += 2;
      const strip = t.charCodeAt(this.pos) === 45;
      if (strip) this.pos++;
      this.skipBlanks();
      const word = this.readWord();
      cmd.end = word.end;
      if (word.text) this.pending.push({ delimiter: word.text, strip, command: cmd });
      return;
    }
    // <, >, >>, >|, <>, <&, >&, &>, &>>, <<<
    this.pos++;
    while (this.pos < this.end && '<>&|'.includes(t[this.pos])) this.pos++;
    if (t[this.pos] === '-') this.pos++; // >&-
    this.skipBlanks();
    if (this.pos >= this.end || isMeta(t.charCodeAt(this.pos))) return;
    const word = this.readWord();
    cmd.redirects.push(word);
    cmd.end = word.end;
  }

  private readHeredocs(): void {
    const t = this.text;
    for (const h of this.pending) {
      const bodyStart = this.pos;
      let bodyEnd = this.end;
      let after = this.end;
      let line = this.pos;
      while (line < this.end) {
        let eol = line;
        while (eol < this.end && !isNewline(t.charCodeAt(eol))) eol++;
        let from = line;
        if (h.strip) while (t.charCodeAt(from) === 9) from++;
        if (t.slice(from, eol) === h.delimiter) {
          bodyEnd = line;
          after = eol < this.end ? eol + (t.charCodeAt(eol) === 13 && t.charCodeAt(eol + 1) === 10 ? 2 : 1) : eol;
          break;
        }
        line = eol + (t.charCodeAt(eol) === 13 && t.charCodeAt(eol + 1) === 10 ? 2 : 1);
      }
      const doc: Heredoc = { delimiter: h.delimiter, start: bodyStart, end: bodyEnd, script: runsScript(h.command) };
      h.command.heredocs.push(doc);
      this.script.heredocs.push(doc);
      if (doc.script) new Lexer(t, bodyEnd, 92, false, this.script, this.host).run(bodyStart);
      this.pos = after;
    }
    for (const h of this.pending) if (h.command.words.length === 0 && h.command.assignments.length === 0) dropCommand(this.script, h.command);
    this.pending = [];
  }

  private readWord(): Word {
    const t = this.text;
    const start = this.pos;
    let text = '';
    let dynamic = false;
    let quoted = false;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (c === this.stop) break;
      const joined = c === 92 || c === this.escape ? this.continuation(this.pos) : -1;
      if (joined !== -1) { this.pos = joined; continue; }
      if (c === 92 /* \ */) {
        if (this.pos + 1 < this.end) text += t[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === 39 /* ' */) {
        quoted = true;
        const close = indexOf(t, "'", this.pos + 1, this.end);
        text += t.slice(this.pos + 1, close);
        this.pos = close + 1;
        continue;
      }
      if (c === 34 /* " */) {
        quoted = true;
        this.pos++;
        while (this.pos < this.end && t.charCodeAt(this.pos) !== 34) {
          const d = t.charCodeAt(this.pos);
          const next = this.continuation(this.pos);
          if (next !== -1) { this.pos = next; continue; }
          if (d === 92 && '$`"\\\n'.includes(t[this.pos + 1])) { if (t[this.pos + 1] !== '\n') text += t[this.pos + 1]; this.pos += 2; continue; }
          if (d === 36 || d === 96) { const s = this.pos; this.expansion(); text += t.slice(s, this.pos); dynamic = true; continue; }
          text += t[this.pos++];
        }
        this.pos++;
        continue;
      }
      if (c === 36 /* $ */ || c === 96 /* ` */) {
        const s = this.pos;
        if (c === 36 && t.charCodeAt(this.pos + 1) === 39) { // $'…'
          quoted = true;
          let i = this.pos + 2;
          while (i < this.end && t.charCodeAt(i) !== 39) i += t.charCodeAt(i) === 92 ? 2 : 1;
          text += t.slice(this.pos + 2, i);
          this.pos = i + 1;
          continue;
        }
        if (this.expansion()) dynamic = true;
        text += t.slice(s, this.pos);
        continue;
      }
      if ((c === 60 || c === 62) && t.charCodeAt(this.pos + 1) === 40 && this.pos === start) { // <(…)
        this.pos = this.sub(this.pos + 2, 41, this.current());
        text += t.slice(start, this.pos);
        dynamic = true;
        continue;
      }
      if (isMeta(c)) break;
      let j = this.pos + 1;
      while (j < this.end && isPlain(t.charCodeAt(j)) && t.charCodeAt(j) !== this.escape && t.charCodeAt(j) !== this.stop) j++;
      text += t.slice(this.pos, j);
      this.pos = j;
    }
    return { text, start, end: Math.min(this.pos, this.end), dynamic, quoted };
  }

  /** Reads `$…` or a backtick substitution at pos; false for a lone `$`. */
  private expansion(): boolean {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 96) { this.pos = this.sub(this.pos + 1, 96, this.current()); return true; }
    const n = t.charCodeAt(this.pos + 1);
    if (n === 40) {
      if (t.charCodeAt(this.pos + 2) === 40) { this.pos = skipBalanced(t, this.pos + 1, this.end); return true; }
      this.pos = this.sub(this.pos + 2, 41, this.current());
      return true;
    }
    if (n === 123) { this.pos = skipBalanced(t, this.pos + 1, this.end); return true; }
    let i = this.pos + 1;
    if (i < this.end && '@*#?$!-0123456789'.includes(t[i])) { this.pos = i + 1; return true; }
    while (i < this.end && isNameChar(t.charCodeAt(i))) i++;
    if (i === this.pos + 1) { this.pos++; return false; }
    this.pos = i;
    return true;
  }
}

/** Skips a balanced `(…)` or `{…}` group starting at `open`, honouring quotes. */
function skipBalanced(t: string, open: number, end: number): number {
  const o = t[open];
  const cl = o === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = t[i];
    if (ch === '\\') { i++; continue; }
    if (ch === "'") { i = indexOf(t, "'", i + 1, end); continue; }
    if (ch === o) depth++;
    else if (ch === cl && --depth === 0) return i + 1;
  }
  return end;
}

/** Characters that need no attention inside an unquoted word. */
function isPlain(c: number): boolean {
  return !isMeta(c) && c !== 92 && c !== 39 && c !== 34 && c !== 36 && c !== 96;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function dropCommand(script: Script, cmd: Command): void {
  remove(script.commands, cmd);
  const p = cmd.pipeline;
  remove(p.commands, cmd);
  if (p.commands.length === 0) remove(script.pipelines, p);
}

function remove<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i !== -1) list.splice(i, 1);
}

function indexOf(t: string, ch: string, from: number, end: number): number {
  const i = t.indexOf(ch, from);
  return i === -1 || i >= end ? end : i;
}

function isAssignment(text: string): boolean {
  const eq = text.indexOf('=');
  return eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*(\+)?$/.test(text.slice(0, eq));
}

/** A heredoc body is a script for a bare `<<EOF` or for a shell reading stdin (`bash <<EOF`, `sh -e <<EOF`). */
function runsScript(cmd: Command): boolean {
  if (cmd.words.length === 0) return true;
  if (!SHELLS.has(basename(cmd.words[0].text))) return false;
  return cmd.words.slice(1).every((w) => w.text.startsWith('-') && w.text !== '-c');
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
