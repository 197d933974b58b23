// The Node flags the language server runs with, wherever it is started: by the extension, by the tests and by
// the benchmark. They make V8 collect garbage sooner: a large file's first analysis (a thousand slices, each
// parsed and evaluated) then peaks near 125–130 MB instead of 230 MB (`npm run bench`, 11,000-line module).
// Only the garbage collector's pacing changes; --optimize-for-size reached 113 MB but made edits slower
// (p95 38–45 ms against 32–34 ms here), since it also makes V8 optimise code less.
export const SERVER_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=20', '--max-semi-space-size=4'];
