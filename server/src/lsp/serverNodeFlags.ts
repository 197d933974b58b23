// The Node flags the language server runs with, wherever it is started: by the extension, by the tests and by
// the benchmark.
// - The first two make V8 collect garbage sooner: a large file's first analysis (a thousand slices, each parsed
//   and evaluated) then peaks near 125 MB instead of 230 MB (`npm run bench`, 11,000-line module). Only the
//   garbage collector's pacing changes; --optimize-for-size reached 113 MB but made edits slower (p95 38–45 ms
//   against 32–34 ms here), since it also makes V8 optimise code less.
// - The young generation's semi-spaces may grow to 8 MB (Node's default is 16). Over the benchmark's 200 hovers
//   (most parse and evaluate a slice that is no longer cached), 4 MB took 17 scavenges and a full collection, so
//   one hover in twelve waited 2–3 ms for the collector; 8 MB takes 9 and none. In-process hover p95: 2.8–3.3 ms
//   against 4.3–5.7 at 4 MB (2.9–3.2 at 16 MB). Over the language server, nine interleaved runs: hover p95
//   3.95 against 4.55 ms, edit p95 9.79 against 10.41 ms (medians; edits in no consistent order run by run).
//   It costs about 10 MB of peak memory (`npm run bench`: 129 MB against 118–121); 16 MB would cost 30.
// - One V8 worker thread instead of four: V8's background work (concurrent marking and sweeping, optimising
//   compiles) then takes at most one core, and the editor that waits for our answers keeps the other. On this
//   2-core machine the server's four workers used half as much CPU again as its main thread while typing, and
//   the editor's side of an edit waited up to 12 ms for a core. Measured over 200 edits of the benchmark module,
//   six interleaved runs each: edit → diagnostics p95 6.6–9.9 ms (p99 8.6–13.3) against 8.8–12.0 ms
//   (p99 16–25); the first analysis of the module is no slower (2.8–3.1 s against 3.1–3.7 s).
export const SERVER_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=20', '--max-semi-space-size=8', '--v8-pool-size=1'];
