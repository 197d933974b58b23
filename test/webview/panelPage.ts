// The challenge panel's page in headless Chromium (Debian's chromium, driven by playwright-core), wired to a
// FakeHost the way VS Code wires a webview to the extension:
//   - a tiny local HTTP server serves panelHtml() (the very page the extension serves, with its CSP and a fresh
//     nonce per load), dist/webview.js and client/webview/panel.css; its origin stands for webview.cspSource;
//   - an init script provides acquireVsCodeApi(), whose postMessage calls into Node (page.exposeBinding) and
//     hands the message to the session, unchecked, as VS Code would;
//   - every state the session posts is delivered with window.postMessage, as VS Code delivers it.
// Content Security Policy violations and console errors are collected for the tests to assert on.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { Browser, Page, chromium } from 'playwright-core';
import { panelHtml } from '../../client/src/challenges/panelHtml';
import { repositoryRoot } from '../helpers/parser';
import { chromiumPath, ensureToolchain } from '../vscode/toolchain';
import type { FakeHost } from './fakeHost';
import { DARK_THEME } from './theme';

// The functions below that run in the page see the browser's globals; the tests compile without the DOM library,
// so these module-local declarations name the little they use.
interface PageDocument {
  readonly body: { classList: { add(name: string): void } } | null;
  readonly documentElement: { style: { setProperty(name: string, value: string): void } };
  addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
}
declare const document: PageDocument;
declare const window: { postMessage(message: unknown, targetOrigin: string): void };

/** About the width of VS Code's side bar. */
export const PANEL_VIEWPORT = { width: 420, height: 900 };

export async function launchChromium(): Promise<Browser> {
  ensureToolchain();
  const state = path.join(os.tmpdir(), 'label-smoothing-webview-chromium');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The flags of the VS Code harness (workbenchDriver.ts): no sandbox (CI runs as root), no calling home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(state, 'config'), XDG_CACHE_HOME: path.join(state, 'cache') },
  });
}

/** Serves the panel's page and its two resources from 127.0.0.1. */
export class PanelServer {
  private constructor(private readonly server: http.Server, readonly origin: string) {}

  static async start(): Promise<PanelServer> {
    const files: Record<string, { file: string; type: string }> = {
      '/webview.js': { file: path.join(repositoryRoot, 'dist', 'webview.js'), type: 'text/javascript' },
      // The source file: esbuild.mjs is to copy it to dist/panel.css for the extension.
      '/panel.css': { file: path.join(repositoryRoot, 'client', 'webview', 'panel.css'), type: 'text/css' },
    };
    let origin = '';
    const server = http.createServer((request, response) => {
      const url = request.url ?? '/';
      if (url === '/') {
        const html = panelHtml({ cspSource: origin, scriptUri: `${origin}/webview.js`, styleUri: `${origin}/panel.css` });
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      if (url === '/favicon.ico') {
        // Chromium asks every page for one; a webview in VS Code does not.
        response.writeHead(204).end();
        return;
      }
      const resource = files[url];
      if (!resource) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': resource.type }).end(fs.readFileSync(resource.file));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new PanelServer(server, origin);
  }

  close(): Promise<void> {
    return new Promise(resolve => this.server.close(() => resolve()));
  }
}

/** Runs in the page before its own script: the VS Code webview API, the theme, and a CSP violation listener. */
function initScript(theme: Record<string, string>): void {
  const w = window as unknown as Record<string, unknown>;
  let acquired = false;
  w.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may be called only once');
    acquired = true;
    return {
      postMessage: (message: unknown) => (w.__toHost as (m: unknown) => void)(message),
      getState: () => undefined,
      setState: () => undefined,
    };
  };
  document.addEventListener('securitypolicyviolation', event => {
    (w.__cspViolation as (text: string) => void)(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
  });
  const applyTheme = () => {
    for (const [name, value] of Object.entries(theme)) document.documentElement.style.setProperty(name, value);
    document.body?.classList.add('vscode-dark');
  };
  if (document.body) applyTheme();
  else document.addEventListener('DOMContentLoaded', applyTheme);
}

/**
 * One browser page stands for the webview of each test in turn: a new browser context per test costs about
 * half a second on a busy two-core machine, a navigation a tenth of that. Each load is a new document (new
 * script, new nonce), as a new webview is.
 */
export class PanelBrowser {
  private current?: PanelPage;

  private constructor(private readonly browser: Browser, readonly page: Page, readonly server: PanelServer) {
    page.on('console', message => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) this.current?.consoleErrors.push(message.text());
    });
    page.on('pageerror', error => this.current?.consoleErrors.push(error.message));
  }

  static async launch(): Promise<PanelBrowser> {
    const browser = await launchChromium();
    const server = await PanelServer.start();
    const page = await (await browser.newContext({ viewport: PANEL_VIEWPORT })).newPage();
    // Playwright waits forever by default; a missing element should fail the test quickly and say which.
    page.setDefaultTimeout(5000);
    const panels = new PanelBrowser(browser, page, server);
    await page.exposeBinding('__toHost', (_source, message: unknown) => panels.current?.receive(message));
    await page.exposeBinding('__cspViolation', (_source, text: string) => {
      panels.current?.cspViolations.push(text);
    });
    await page.addInitScript(initScript, DARK_THEME);
    return panels;
  }

  /** Opens the panel's webview for this host (closing the one before, if any). */
  async open(host: FakeHost): Promise<PanelPage> {
    await this.current?.close();
    const panel = new PanelPage(this.page, this.server, host);
    this.current = panel;
    await panel.load();
    return panel;
  }

  async close(): Promise<void> {
    await this.current?.close();
    await this.browser.close();
    await this.server.close();
  }
}

export class PanelPage {
  readonly cspViolations: string[] = [];
  readonly consoleErrors: string[] = [];
  /** Messages the webview sent, as sent. */
  readonly sent: unknown[] = [];
  private delivery: Promise<unknown> = Promise.resolve();
  private readonly subscription: { dispose(): void };
  private closed = false;

  constructor(readonly page: Page, private readonly server: PanelServer, private readonly host: FakeHost) {
    this.subscription = host.session.onDidChange(state => this.deliver(state));
  }

  receive(message: unknown): void {
    if (this.closed) return;
    this.sent.push(message);
    void this.host.session.handle(message);
  }

  /** Loads (or reloads) the page and waits for the first state to be drawn. */
  async load(): Promise<void> {
    await this.page.goto(`${this.server.origin}/`);
    await this.page.waitForSelector('#app .panel-header');
  }

  /** Delivers a message to the page as VS Code's webview.postMessage does (in order). */
  deliver(message: unknown): Promise<unknown> {
    if (this.closed) return this.delivery;
    this.delivery = this.delivery
      .then(() => this.page.evaluate(data => window.postMessage(data, '*'), message))
      .catch(() => undefined); // the page is being reloaded: its `ready` brings it up to date
    return this.delivery;
  }

  /** Waits until every state posted so far has been delivered. */
  delivered(): Promise<unknown> {
    return this.delivery;
  }

  /** Disposes the webview, as VS Code does when the view is hidden: the session lives on without it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.subscription.dispose();
    await this.delivery;
    this.closed = true;
    await this.page.goto('about:blank');
  }
}
