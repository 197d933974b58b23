// A challenge written by an attacker: every field the panel shows holds markup that would run script if it
// were ever parsed as HTML. Each payload sets window.__pwned to say which field leaked.
import type { ChoiceChallenge } from '../../server/src/challenges';

const script = (field: string) => `<script>window.__pwned = '${field}'</script>`;
const image = (field: string) => `<img src=x onerror="window.__pwned = '${field}'">`;

export const HOSTILE_PROMPT = `Which is right? ${script('prompt')} and ${image('prompt-img')} [click me](javascript:window.__pwned='link')`;

export const hostileChallenge: ChoiceChallenge = {
  id: 'hostile-markup',
  title: `Hostile ${image('title')}`,
  type: 'conceptual',
  difficulty: 'intermediate',
  timeLimitSeconds: 90,
  attempts: 2,
  prompt: HOSTILE_PROMPT,
  code: `</code></pre>${script('code')}`,
  options: [
    { id: 'A', text: script('option-a') },
    { id: 'B', text: image('option-b') },
    { id: 'C', text: `<svg onload="window.__pwned = 'option-c'"></svg>` },
  ],
  answer: 'A',
  hints: [`<iframe src="javascript:window.__pwned = 'hint'"></iframe>`],
  explanation: {
    why: `<body onload="window.__pwned = 'why'">${image('why-img')}`,
    options: { A: script('why-a'), B: image('why-b'), C: `<a href="javascript:window.__pwned = 'why-c'">c</a>` },
  },
  references: [{ title: script('reference'), url: `javascript:window.__pwned = 'url'` }],
  tags: ['security'],
  rules: [],
  folder: '/nowhere',
};
