import * as assert from 'assert';
import { openExample, positionOfWord } from './examples';
import { hoverText } from './hovers';
import { pollUntil } from './poll';

suite('hover', () => {
  test('label_smoothing= in out_of_range.py shows the smoothed target formula', async () => {
    const { document } = await openExample('out_of_range.py');
    // Line 15: `ok = nn.CrossEntropyLoss(label_smoothing=0.1)`, where the class count K is unknown.
    const position = positionOfWord(document, 15, 'label_smoothing');
    let last = '';
    const text = await pollUntil('the hover to explain the target 1 − ε + ε/K',
      async () => {
        last = await hoverText(document.uri, position);
        return last.includes('1 − ε + ε/K') ? last : undefined;
      },
      { lastSeen: () => JSON.stringify(last) });
    assert.ok(text.includes('1 − ε + ε/K'));
  });
});
