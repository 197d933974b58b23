// A Python file cut into notebook cells at top-level statements, for tests that compare a notebook with the file.
import { testParser } from './parser';

/** `text` cut into cells of `per` top-level statements each (comments stay with the statement above). */
export async function cellsOf(text: string, per = 2): Promise<string[]> {
  const tree = (await testParser()).parse(text);
  try {
    const starts = tree.rootNode.namedChildren.filter(node => node && node.type !== 'comment' && node.startPosition.column === 0)
      .map(node => node!.startIndex).filter((_, i) => i % per === 0);
    starts[0] = 0;
    return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
  } finally {
    tree.delete();
  }
}
