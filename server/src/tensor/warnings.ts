// Warnings PyTorch prints (with Python's `warnings`) for code that runs but is probably wrong, e.g. kl_div
// with reduction='mean'. The evaluator installs a sink for the duration of one evaluation.
let sink: ((message: string) => void) | undefined;

/** Sends warnings to `collect` until the returned function is called. */
export function collectWarnings(collect: (message: string) => void): () => void {
  const previous = sink;
  sink = collect;
  return () => { sink = previous; };
}

export function warn(message: string): void {
  sink?.(message);
}
