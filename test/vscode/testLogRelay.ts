// Passes the workbench's log on to our stdout and remembers the suite's closing line. The log mixes the
// test output with workbench chatter that has nothing to do with the extension under test; that chatter is
// dropped unless VERBOSE=1.
import { parseSummary, TestCounts } from './summaryLine';

const workbenchChatter: readonly RegExp[] = [
  // features that try to reach services these machines cannot reach, or that the tests do not use
  /\[AgentHost/, /\[ChatModelSelection\]/, /\[AccountPolicyGate\]/, /open-vsx\.org/,
  /authentication provider 'github'/, /mobile\.events\.data/,
  // the workbench connecting to the server, as it does on every run
  /^Resolving connection token/, /^Resolved connection token/, /^Creating a socket/, /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/, /^\[Service Worker\]/,
  // the chat features' shutdown work, cut short when the harness opens the next phase's window
  /Long running operations during shutdown are unsupported in the web/, /^Error creating chat editing session/,
];

export class TestLogRelay {
  private counts: TestCounts | undefined;

  constructor(private readonly verbose = process.env.VERBOSE === '1') {}

  /** The counts from the suite's `N passed, N failed`, once it has printed it. */
  get summary(): TestCounts | undefined {
    return this.counts;
  }

  relay(type: string, text: string): void {
    if (!this.verbose && workbenchChatter.some(pattern => pattern.test(text))) return;
    for (const line of text.split(/\r?\n/)) {
      this.counts = parseSummary(line) ?? this.counts;
    }
    console.log(type === 'log' || type === 'info' ? text : `[${type}] ${text}`);
  }
}
