// The Node flags the language server runs with, wherever it is started: by the extension, by the tests and by
// the benchmark. --optimize-for-size makes V8 collect garbage sooner; a large file's first analysis (a thousand
// slices, each parsed and evaluated) then peaks near 110 MB instead of 230 MB, at no measurable cost per edit
// (`npm run bench`, 11,000-line module).
export const SERVER_NODE_FLAGS: readonly string[] = ['--optimize-for-size'];
