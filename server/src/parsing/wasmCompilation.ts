// How V8 compiles tree-sitter's wasm. By default its optimising tier compiles the parser at start-up, which
// takes longer (about 300 ms here) than checking a few small files does; V8's baseline compiler alone (Liftoff)
// is ready two to three times sooner but parses more slowly. A short run takes the quick start; a large one
// keeps the optimised parser, whose speed repays its compile time (see `npm run bench`).
import { setFlagsFromString } from 'v8';

/** Inputs up to this size are parsed with baseline code: a quick start outweighs the slower parse. */
export const QUICK_START_MAX_BYTES = 1024 * 1024;

/** Call before the first PythonParser.load: V8 reads the flag when it compiles the wasm. */
export function compileParserFor(inputBytes: number): void {
  if (inputBytes <= QUICK_START_MAX_BYTES) setFlagsFromString('--liftoff-only');
}
