// Drives the built program in a real pseudo-terminal (STYLE.md §5, after gemini-cli's
// test-helper and Shopify CLI's ui testing): the output goes through a headless xterm so
// tests assert on what the screen shows, and every wait polls the screen until a
// condition holds or fails after a deadline — no fixed sleeps.
import pty from 'node-pty';
import xterm from '@xterm/headless';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/kubeprep.js', import.meta.url));

export const KEYS = { up: '\x1b[A', down: '\x1b[B', enter: '\r', escape: '\x1b', ctrlC: '\x03', tab: '\t', backspace: '\x7f' } as const;

export interface PtyOptions { args?: string[]; env?: Record<string, string | undefined>; cols?: number; rows?: number; cwd?: string }

export class PtyProgram {
  readonly term: InstanceType<typeof xterm.Terminal>;
  private readonly proc: pty.IPty;
  private exit: { code: number; signal?: number } | undefined;
  private exitWaiters: Array<() => void> = [];
  raw = '';

  constructor(opts: PtyOptions = {}) {
    const cols = opts.cols ?? 80, rows = opts.rows ?? 24;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...opts.env })) if (v !== undefined) env[k] = v;
    // Ink renders nothing interactive when any CI variable is set, even an empty one.
    delete env.CI;
    this.proc = pty.spawn(process.execPath, [BIN, ...(opts.args ?? [])], { name: 'xterm-256color', cols, rows, cwd: opts.cwd, env });
    this.proc.onData((d) => { this.raw += d; this.term.write(d); });
    this.proc.onExit(({ exitCode, signal }) => { this.exit = { code: exitCode, signal }; this.exitWaiters.splice(0).forEach((f) => f()); });
  }

  /** The screen as text lines, trailing spaces trimmed. Resolves once xterm has parsed all output so far. */
  async screen(): Promise<string[]> {
    await new Promise<void>((r) => this.term.write('', r));
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < this.term.rows; i++) lines.push(buf.getLine(buf.viewportY + i)?.translateToString(true) ?? '');
    return lines;
  }

  async screenText(): Promise<string> { return (await this.screen()).join('\n'); }

  /**
   * Waits until the screen shows `text` (or matches it) and has then held still for a moment
   * (Ink subscribes a new screen's key handlers just after drawing it), failing with the
   * screen after `ms`.
   */
  async waitFor(text: string | RegExp, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    let seen: string | undefined, since = 0;
    for (;;) {
      const s = await this.screenText();
      const hit = typeof text === 'string' ? s.includes(text) : text.test(s);
      if (hit) {
        if (s !== seen) { seen = s; since = Date.now(); }
        else if (Date.now() - since >= 40) return s;
      } else seen = undefined;
      if (this.exit) { if (hit) return s; throw new Error(`program exited (code ${this.exit.code}) before showing ${String(text)}; screen:\n${s}`); }
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${String(text)}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /**
   * Sends keys, then waits until the screen has changed and then held still for a moment
   * (a frame can arrive in pieces), so the next key meets the new screen's handlers.
   */
  async press(keys: string, ms = 5_000): Promise<string> {
    const before = await this.screenText();
    this.proc.write(keys);
    const deadline = Date.now() + ms;
    let last = before, stableSince = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 15));
      const s = await this.screenText();
      if (this.exit) return s;
      if (s !== last) { last = s; stableSince = Date.now(); }
      else if (s !== before && Date.now() - stableSince >= 45) return s;
      if (Date.now() > deadline) throw new Error(`screen did not change after ${JSON.stringify(keys)}; screen:\n${s}`);
    }
  }

  write(data: string): void { this.proc.write(data); }
  resize(cols: number, rows: number): void { this.proc.resize(cols, rows); this.term.resize(cols, rows); }

  async waitExit(ms = 10_000): Promise<{ code: number; signal?: number }> {
    if (!this.exit) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`program did not exit within ${ms} ms`)), ms);
        this.exitWaiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
    return this.exit!;
  }

  kill(signal?: string): void { if (!this.exit) this.proc.kill(signal); }
  get pid(): number { return this.proc.pid; }
}
