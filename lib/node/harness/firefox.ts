import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, createProfile } from '@puppeteer/browsers';

// A real Firefox driven over Marionette, Firefox's own automation protocol (no driver binary, no
// browser download). Marionette, unlike WebDriver BiDi in the Firefox ESR that Debian serves, can run
// scripts in the browser's own window ("chrome": the toolbar, the add-on's popup, the context menu)
// when Firefox is started with `--remote-allow-system-access`; it also drives tabs as WebDriver does.

export type MarionetteContext = 'chrome' | 'content';

export interface FirefoxSession {
  /**
   * Sends one Marionette command (e.g. `WebDriver:Navigate`) and returns its result; `context` says
   * where it acts, for the commands that act in one (tab commands need "content").
   */
  send<T = unknown>(command: string, params?: Record<string, unknown>, context?: MarionetteContext): Promise<T>;
  /**
   * Runs `body` (a function body: `return` gives the result, a returned promise is awaited) in the
   * browser window ("chrome") or in the tab Marionette is switched to ("content").
   */
  run<T>(context: MarionetteContext, body: string, args?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  executablePath: string;
  /** Extra preferences for the fresh profile. */
  prefs?: Record<string, unknown>;
}

class MarionetteError extends Error {}

/** Firefox, headless, in a fresh profile (deleted on close), with a Marionette session open. */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-firefox-'));
  // Puppeteer's profile keeps Firefox off the network (no updates, telemetry or safe browsing);
  // port 0 makes Marionette pick a free port and write it to the profile.
  await createProfile(Browser.FIREFOX, { path: profile, preferences: { 'marionette.port': 0, ...options.prefs } });
  const firefox = spawn(options.executablePath, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile], {
    env: { ...process.env, MOZ_HEADLESS: '1' },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (firefox.exitCode === null) {
      const exited = new Promise((resolve) => firefox.once('exit', resolve));
      firefox.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const socket = await connectWhenListening(firefox, join(profile, 'MarionetteActivePort'));
    const session = marionetteSession(socket, stop);
    await session.send('WebDriver:NewSession', { capabilities: {} });
    return session;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Connects once Firefox has written Marionette's port to the profile. */
async function connectWhenListening(firefox: ChildProcess, portFile: string, timeoutMs = 30_000): Promise<Socket> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited at start-up (code ${firefox.exitCode})`);
    const port = Number(await readFile(portFile, 'utf8').catch(() => ''));
    if (port > 0) {
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      });
    }
    if (Date.now() > until) throw new Error('Firefox did not start Marionette in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Marionette's framing: each packet is `<byte length>:<JSON>`; a command is `[0, id, name, params]`,
 * its reply `[1, id, error, result]`. The first packet is the server's greeting.
 */
function marionetteSession(socket: Socket, stop: () => Promise<void>): FirefoxSession {
  let pending = Buffer.alloc(0);
  let greeted = false;
  let nextId = 0;
  let context: MarionetteContext = 'content';
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const colon = pending.indexOf(':');
      if (colon < 0) return;
      const length = Number(pending.subarray(0, colon).toString('ascii'));
      if (pending.length < colon + 1 + length) return;
      const packet = JSON.parse(pending.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      pending = pending.subarray(colon + 1 + length);
      if (!greeted) {
        greeted = true;
        continue;
      }
      const [, id, error, result] = packet as [1, number, { error: string; message: string } | null, unknown];
      const reply = replies.get(id);
      replies.delete(id);
      if (error) reply?.reject(new MarionetteError(`${error.error}: ${error.message}`));
      else reply?.resolve(result);
    }
  });
  socket.on('close', () => {
    for (const reply of replies.values()) reply.reject(new MarionetteError('Firefox closed the Marionette connection'));
    replies.clear();
  });

  async function sendNow<T>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++nextId;
    const json = JSON.stringify([0, id, command, params]);
    const reply = new Promise<unknown>((resolve, reject) => replies.set(id, { resolve, reject }));
    socket.write(`${Buffer.byteLength(json)}:${json}`);
    return (await reply) as T;
  }

  async function send<T>(command: string, params: Record<string, unknown> = {}, target?: MarionetteContext): Promise<T> {
    if (target && target !== context) {
      await sendNow('Marionette:SetContext', { value: target });
      context = target;
    }
    return sendNow<T>(command, params);
  }

  return {
    send,
    async run<T>(target: MarionetteContext, body: string, args: unknown[] = []) {
      const { value } = await send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args }, target);
      return value;
    },
    async close() {
      await sendNow('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
      socket.destroy();
      await stop();
    },
  };
}
