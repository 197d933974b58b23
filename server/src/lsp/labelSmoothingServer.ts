// The language server: negotiates capabilities, keeps the document store in step with the client, and
// answers with diagnostics (pulled when the client supports it, pushed otherwise) and hovers, and serves the
// challenge panel's custom requests (challengeRequests.ts).
// Analysis lives in the core (server/src/analysis, rules, previews); this class only speaks the protocol.
import {
  CodeActionKind, Connection, DiagnosticServerCancellationData, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport, ErrorCodes, Hover,
  InitializeParams, InitializeResult, InlayHint, LSPErrorCodes, MarkupKind, ResponseError, TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { PythonParser } from '../parsing/pythonParser';
import { applySelection, overlay, RuleSelection } from '../rules/selection';
import { ProjectConfigs } from '../rules/projectConfig';
import { fileURLToPath } from 'url';
import { ChallengeRequests } from './challengeRequests';
import { codeActions, fixAllKind } from './codeActions';
import type { AnalysisUnit } from './analysisUnits';
import type { LintResult } from '../rules/lint';
import { DocumentStore } from './documentStore';
import { notAnalysedDiagnostic, toDiagnostic } from './toDiagnostic';
import { PulledReports } from './pulledReports';
import { defaultSettings, parseSettings, Settings } from './settings';
import type { Diagnostic } from 'vscode-languageserver';

/** Answers with the server's process id. */
export const SERVER_PROCESS_ID_REQUEST = 'labelSmoothing/serverProcessId';

/** How long to wait before analysing again slices whose evaluation ran out of time. */
const PROVISIONAL_RETRY_MS = 1000;

/** How long one step of a large file's analysis may hold the event loop before other messages are handled. */
const SLICE_OF_WORK_MS = 50;

export class LabelSmoothingServer {
  private store: DocumentStore | undefined;
  private parser: PythonParser | undefined;
  private pullDiagnostics = false;
  private canRefreshDiagnostics = false;
  private canReadConfiguration = false;
  private canRefreshInlayHints = false;
  /** The client tells of changes to pyproject.toml files: their selections are kept until it does. */
  private watchesProjectFiles = false;
  /** pyproject.toml selections by folder, while the client watches the files (else each pull reads them afresh). */
  private projectConfigs: ProjectConfigs | undefined;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly reportedProblems = new Set<string>();
  private readonly pendingValidation = new Set<string>();
  private validationScheduled = false;
  private shutDown = false;
  private readonly provisionalTries = new Map<string, number>();
  private readonly pulledReports = new PulledReports();

  constructor(private readonly connection: Connection, private readonly loadParser: () => Promise<PythonParser>) {}

  listen(): void {
    const { connection } = this;
    connection.onInitialize(params => this.initialize(params));
    connection.onInitialized(() => {
      if (this.canReadConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'labelSmoothing' });
      }
      if (this.watchesProjectFiles) {
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/pyproject.toml' }] }).catch(() => {
          this.watchesProjectFiles = false;   // read afresh at every pull, as for a client that cannot watch
          this.projectConfigs = undefined;
        });
      }
    });
    connection.onDidChangeConfiguration(() => {
      this.settingsCache.clear();
      this.analysisInputsChanged();
    });
    connection.onDidChangeWatchedFiles(() => {
      this.projectConfigs = undefined;
      this.analysisInputsChanged();
    });

    connection.onDidOpenTextDocument(({ textDocument }) => this.guard('didOpen', () => {
      this.validate(this.documents.openText(textDocument));
    }));
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => this.guard('didChange', () => {
      const key = this.documents.changeText(textDocument.uri, textDocument.version, contentChanges);
      if (key) this.validate(key);
    }));
    connection.onDidCloseTextDocument(({ textDocument }) => this.guard('didClose', () => {
      this.documents.closeText(textDocument.uri);
      this.documentsClosed([textDocument.uri]);
    }));

    const notebooks = connection.notebooks.synchronization;
    notebooks.onDidOpenNotebookDocument(({ notebookDocument, cellTextDocuments }) => this.guard('notebook didOpen', () => {
      this.documents.openNotebook(notebookDocument.uri, notebookDocument.cells, cellTextDocuments);
      this.validate(notebookDocument.uri);
    }));
    notebooks.onDidChangeNotebookDocument(({ notebookDocument, change }) => this.guard('notebook didChange', () => {
      this.documentsClosed(change.cells?.structure?.didClose?.map(cell => cell.uri) ?? []);
      this.documents.changeNotebook(notebookDocument.uri, change);
      this.validate(notebookDocument.uri);
    }));
    notebooks.onDidCloseNotebookDocument(({ notebookDocument }) => this.guard('notebook didClose', () => {
      this.documentsClosed(this.documents.closeNotebook(notebookDocument.uri));
    }));

    connection.languages.diagnostics.on(async ({ textDocument, previousResultId }, token) => {
      this.refuseAfterShutdown();
      return this.pulledDiagnostics(textDocument.uri, previousResultId, () => token.isCancellationRequested);
    });
    connection.onHover(({ textDocument, position }) => {
      this.refuseAfterShutdown();
      return this.guard('hover', () => {
        const unit = this.documents.unitOf(textDocument.uri);
        const answer = unit?.hover(unit.uris.indexOf(textDocument.uri), position);
        return answer ? { contents: { kind: MarkupKind.Markdown, value: answer.markdown }, range: answer.range } satisfies Hover : null;
      }) ?? null;
    });
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      this.refuseAfterShutdown();
      const unit = this.store?.unitOf(textDocument.uri);
      if (!unit || !(await this.settingsFor(unit.key)).inlayHintsEnable) return [];
      return this.guard('inlay hints', () => unit.hints(unit.uris.indexOf(textDocument.uri), range.start.line, range.end.line)
        .map(hint => ({ position: hint.position, label: hint.label, paddingLeft: true,
          tooltip: { kind: MarkupKind.Markdown, value: hint.tooltip } }) satisfies InlayHint)) ?? [];
    });
    connection.onCodeAction(async params => {
      this.refuseAfterShutdown();
      const unit = this.store?.unitOf(params.textDocument.uri);
      if (!unit || !(await this.settingsFor(unit.key)).lintEnable) return [];
      const source = unit.uris.indexOf(params.textDocument.uri);
      const settings = await this.settingsFor(unit.key);
      return this.guard('code actions', () => codeActions(params, unit.lines(source),
        applySelection(unit.lint()!.findings, this.selectionFor(unit.key, settings)).filter(finding => finding.source === source))) ?? [];
    });
    new ChallengeRequests(() => this.initializedParser(), message => connection.console.error(message)).register(connection);
    // Which process serves this client: the integration tests end it to check that the client starts another.
    connection.onRequest(SERVER_PROCESS_ID_REQUEST, () => process.pid);
    connection.onShutdown(() => {
      this.shutDown = true;
      this.store?.disposeAll();
    });
    connection.listen();
  }

  private async initialize(params: InitializeParams): Promise<InitializeResult> {
    this.parser = await this.loadParser();
    this.store = new DocumentStore(this.parser);
    const capabilities = params.capabilities;
    this.pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    this.canRefreshDiagnostics = !!capabilities.workspace?.diagnostics?.refreshSupport;
    this.canReadConfiguration = !!capabilities.workspace?.configuration;
    this.canRefreshInlayHints = !!capabilities.workspace?.inlayHint?.refreshSupport;
    this.watchesProjectFiles = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        notebookDocumentSync: {
          notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }],
        },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        inlayHintProvider: true,
        ...(this.pullDiagnostics
          // A notebook cell's findings depend on the other cells (their imports and constants).
          ? { diagnosticProvider: { identifier: 'labelSmoothing', interFileDependencies: true, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'label-smoothing-lab' },
    };
  }

  private get documents(): DocumentStore {
    if (!this.store) throw new Error('the client sent a request before initialize');
    return this.store;
  }

  /**
   * Findings from an evaluation a busy machine cut short are replaced once it has had time to finish: up to
   * three more tries per version, so code that never finishes in time does not keep the server busy.
   */
  private retryProvisional(key: string, version: string, retry: () => void): void {
    const tries = `${key}@${version}`;
    const done = this.provisionalTries.get(tries) ?? 0;
    if (done >= 3) return;
    if (this.provisionalTries.size > 1000) this.provisionalTries.clear();   // versions long gone
    this.provisionalTries.set(tries, done + 1);
    setTimeout(() => {
      if (!this.shutDown && this.store && this.documents.versionOf(key) === version) retry();
    }, PROVISIONAL_RETRY_MS);
  }

  /** After `shutdown` the protocol allows only `exit`: anything else is an error (and its documents are gone). */
  private refuseAfterShutdown(): void {
    if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  }

  private initializedParser(): PythonParser {
    this.refuseAfterShutdown();
    if (!this.parser) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the client sent a request before initialize');
    return this.parser;
  }

  /** After a change: a client that pulls asks again by itself, except for the other cells of a notebook. */
  private validate(key: string): void {
    // A cell's values depend on the cells before it: their hints are asked for again.
    if (this.documents.isNotebook(key) && this.canRefreshInlayHints) void this.connection.languages.inlayHint.refresh();
    if (this.pullDiagnostics) {
      if (this.documents.isNotebook(key) && this.canRefreshDiagnostics) void this.connection.languages.diagnostics.refresh();
      return;
    }
    // Push: edits that arrive together are analysed once, after the last of them.
    this.pendingValidation.add(key);
    if (this.validationScheduled) return;
    this.validationScheduled = true;
    setImmediate(() => {
      this.validationScheduled = false;
      const keys = [...this.pendingValidation];
      this.pendingValidation.clear();
      for (const pending of keys) void this.publish(pending);
    });
  }

  private async publish(key: string): Promise<void> {
    const unit = this.store?.unit(key);
    if (!unit) return;
    const version = this.documents.versionOf(key);
    const perDocument = await this.diagnosticsOf(unit, () => this.documents.versionOf(key) !== version);
    // A newer edit supersedes this analysis: its own run publishes.
    if (!perDocument || this.documents.versionOf(key) !== version) return;
    unit.uris.forEach((uri, index) => void this.connection.sendDiagnostics({ uri, version: this.documents.documentVersion(uri), diagnostics: perDocument[index] }));
    if (unit.provisional()) this.retryProvisional(key, version, () => this.validate(key));
  }

  /**
   * The report a client pulls. An analysis that spans several steps (a large file's first, or an edit to the imports
   * every slice copies) stops when the client cancels the request or a newer edit comes in: the client pulls again
   * for the newer text (told to by ServerCancelled), and the work for a text nobody will see is not finished.
   */
  private async pulledDiagnostics(uri: string, previousResultId: string | undefined, cancelled: () => boolean): Promise<DocumentDiagnosticReport> {
    const unit = this.store?.unitOf(uri);
    if (!unit) return this.pulledReports.report(uri, [], previousResultId);
    const version = this.documents.versionOf(unit.key);
    const perDocument = await this.diagnosticsOf(unit, () => cancelled() || this.documents.versionOf(unit.key) !== version);
    if (!perDocument) {
      if (cancelled()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the client cancelled the request');
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer edit superseded this analysis', { retriggerRequest: true } satisfies DiagnosticServerCancellationData);
    }
    if (unit.provisional() && this.canRefreshDiagnostics) {
      this.retryProvisional(unit.key, this.documents.versionOf(unit.key), () => void this.connection.languages.diagnostics.refresh());
    }
    return this.pulledReports.report(uri, perDocument[unit.uris.indexOf(uri)] ?? [], previousResultId);
  }

  /**
   * Diagnostics for every document of a unit, in its source order. A large file is analysed in steps of
   * SLICE_OF_WORK_MS, yielding to hovers and edits in between; undefined when `superseded` says an edit came.
   */
  private async diagnosticsOf(unit: AnalysisUnit, superseded: () => boolean): Promise<Diagnostic[][] | undefined> {
    const perDocument: Diagnostic[][] = unit.uris.map(() => []);
    const settings = await this.settingsFor(unit.key);
    if (!settings.lintEnable) return perDocument;
    const reason = unit.notAnalysed();
    if (reason) {
      perDocument[0].push(notAnalysedDiagnostic(reason));
      return perDocument;
    }
    let result: LintResult | 'unfinished' | undefined;
    for (;;) {
      if (superseded()) return undefined;
      result = this.guard('lint', () => unit.lint(performance.now() + SLICE_OF_WORK_MS) ?? 'unfinished');
      if (result !== 'unfinished') break;
      await new Promise(resolve => setImmediate(resolve));
    }
    // A guard that caught a crash leaves no result: the document shows no findings rather than stale ones.
    const { findings, failures } = result ?? { findings: [], failures: [] };
    for (const { rule, error } of failures) this.logError(`rule ${rule} failed on ${unit.key}`, error);
    for (const finding of applySelection(findings, this.selectionFor(unit.key, settings))) perDocument[finding.source].push(toDiagnostic(finding));
    return perDocument;
  }

  /**
   * The rules to report for a document: the editor's settings where they say something, else the
   * `[tool.label-smoothing-lab]` table of the nearest pyproject.toml. Saved edits to it apply at once: a client
   * that watches files tells of them (and the tables are read again), else every pull reads them afresh (stat
   * calls up to the root, at every keystroke).
   */
  private selectionFor(uri: string, settings: Settings): RuleSelection {
    if (!uri.startsWith('file:')) return settings.selection;
    const configs = this.watchesProjectFiles ? (this.projectConfigs ??= new ProjectConfigs()) : new ProjectConfigs();
    const project = configs.forFile(fileURLToPath(uri));
    for (const problem of project.problems) {
      if (!this.reportedProblems.has(problem)) {
        this.reportedProblems.add(problem);
        this.connection.console.warn(problem);
      }
    }
    return overlay(settings.selection, project.selection);
  }

  private settingsFor(scopeUri: string): Promise<Settings> {
    if (!this.canReadConfiguration) return Promise.resolve(defaultSettings);
    let settings = this.settingsCache.get(scopeUri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri, section: 'labelSmoothing' }).then(
        raw => parseSettings(raw, message => this.connection.console.warn(message)),
        () => defaultSettings,
      );
      this.settingsCache.set(scopeUri, settings);
    }
    return settings;
  }

  /** The settings or a pyproject.toml changed: every document's findings and hints are asked for again. */
  private analysisInputsChanged(): void {
    if (!this.store) return;
    if (this.canRefreshInlayHints) void this.connection.languages.inlayHint.refresh();
    if (this.pullDiagnostics) {
      if (this.canRefreshDiagnostics) void this.connection.languages.diagnostics.refresh();
    } else {
      for (const key of this.documents.keys()) this.validate(key);
    }
  }

  /** Closed documents show no diagnostics; a reopened one's first pulled report is a full one. */
  private documentsClosed(uris: readonly string[]): void {
    for (const uri of uris) this.pulledReports.forget(uri);
    if (this.pullDiagnostics) return;   // the client drops pulled diagnostics of closed documents itself
    for (const uri of uris) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Runs a handler so that a bug in it is logged and answered with nothing, never a crashed server. */
  private guard<T>(what: string, handler: () => T): T | undefined {
    try {
      return handler();
    } catch (error) {
      this.logError(`${what} failed`, error);
      return undefined;
    }
  }

  private logError(what: string, error: unknown): void {
    this.connection.console.error(`${what}: ${(error as Error)?.stack ?? String(error)}`);
  }
}
