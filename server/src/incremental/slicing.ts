// Groups a file's chunks into slices that can be analysed apart: chunks that share a name some chunk assigns
// (other than by an import or an immutable constant) belong together, in document order. Imports and constants
// are copied into every slice that mentions their names, and the file's first import from torch into every
// slice: whether code can be PyTorch code depends on one (Program.mentionsTorch), not on which. A slice's
// findings and values are then the ones the whole file would give, because nothing outside the slice can reach a
// name inside it. Typing in an import then re-analyses the slices that read it, not the whole file (except in
// that first torch import).
//
// What this assumes, and where it gives up:
// - Imported modules are not changed by the code (`torch.x = …` does not join everything that uses torch).
// - `globals()`, `exec`, `setattr`… reach names no chunk lists: such a file is one slice.
// - torch's random generator is shared state: once a chunk seeds it, every chunk that may draw from it joins.
import type { Chunk } from './chunkedText';

export interface Slice {
  /** Chunk indexes in document order: the slice's own chunks and the imports and constants copied in. */
  readonly chunks: readonly number[];
  /** The slice's own chunks (not copies): a chunk is the home of exactly one slice. */
  readonly home: ReadonlySet<number>;
}

export function sliceChunks(chunks: readonly Chunk[]): Slice[] {
  const count = chunks.length;
  if (chunks.some(chunk => chunk.facts.dynamic)) return [{ chunks: [...chunks.keys()], home: new Set(chunks.keys()) }];

  const assigners = new Map<string, number[]>();
  const mentioners = new Map<string, number[]>();
  chunks.forEach(({ facts }, index) => {
    for (const name of facts.assigns.keys()) push(assigners, name, index);
    for (const name of facts.mentions) push(mentioners, name, index);
  });

  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (members: readonly number[]) => {
    const root = find(members[0]);
    for (const member of members) parent[find(member)] = root;
  };

  /** Names only imports and constants assign: copied, never joining. */
  const copied = new Map<string, number[]>();
  for (const [name, by] of assigners) {
    const copyable = by.every(index => chunks[index].facts.copyable && chunks[index].facts.assigns.get(name) !== 'other');
    if (copyable) copied.set(name, by);
    else union([...by, ...(mentioners.get(name) ?? [])]);
  }
  const random = chunks.flatMap(({ facts }, index) => (facts.random ? [index] : []));
  if (random.length && chunks.some(({ facts }) => facts.seeds)) union(random);

  const firstTorchImport = chunks.findIndex(({ facts }) => facts.importsTorch);
  const everywhere = chunks.flatMap(({ facts }, index) => (facts.starImport || index === firstTorchImport ? [index] : []));
  const roots = Array.from({ length: count }, (_, i) => find(i));
  const sizes = new Map<number, number>();
  for (const root of roots) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const components = new Map<number, number[]>();
  const unread: number[] = [];
  for (let index = 0; index < count; index++) {
    const { facts } = chunks[index];
    // A copyable chunk that joined nothing lives in the slices that copy it, or else with the other unread ones.
    if (facts.copyable && sizes.get(roots[index]) === 1) {
      if (![...facts.assigns.keys()].some(name => mentionedOutside(name, index, mentioners))) unread.push(index);
      continue;
    }
    push(components, roots[index], index);
  }
  const slices: Slice[] = [];
  for (const members of components.values()) {
    const all = new Set(members);
    for (const member of members) {
      for (const name of chunks[member].facts.mentions) for (const index of copied.get(name) ?? []) all.add(index);
    }
    for (const index of everywhere) all.add(index);
    slices.push({ chunks: [...all].sort((a, b) => a - b), home: new Set(members) });
  }
  // An import or constant only other copyable chunks read (`import numpy as np` and `from np import y`) is copied
  // into no slice: it joins the unread ones, or its findings would be lost and a hover on it would find no slice.
  const inSomeSlice = new Set(slices.flatMap(slice => slice.chunks));
  const unreadSet = new Set(unread);
  for (let index = 0; index < count; index++) if (!inSomeSlice.has(index) && !unreadSet.has(index)) unread.push(index);
  unread.sort((a, b) => a - b);
  if (unread.length) slices.push({ chunks: unread, home: new Set(unread) });
  return slices.sort((a, b) => a.chunks[0] - b.chunks[0]);
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mentionedOutside(name: string, index: number, mentioners: ReadonlyMap<string, readonly number[]>): boolean {
  return (mentioners.get(name) ?? []).some(other => other !== index);
}
