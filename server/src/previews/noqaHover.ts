// Hovering a code in a `# noqa: LS001, LS004` comment: the rule's name, summary and default severity, so a
// reader knows what is being silenced.
import type { Program } from '../analysis/program';
import { ruleByCode } from '../rules/catalog';
import type { Preview } from './labelSmoothingHover';

export function noqaHover(program: Program, source: number, offset: number, docsUrl: (rule: string) => string): Preview | undefined {
  const node = program.sources[source].root.descendantForIndex(offset, offset);
  if (node?.type !== 'comment' || !/#\s*noqa\s*:/i.test(node.text)) return undefined;
  const at = offset - node.startIndex;
  for (const match of node.text.matchAll(/LS\d{3}/gi)) {
    if (at < match.index! || at > match.index! + match[0].length) continue;
    const rule = ruleByCode(match[0].toUpperCase());
    const { code, name, summary, defaultSeverity } = rule?.metadata ?? { code: match[0], name: '', summary: '', defaultSeverity: '' };
    const markdown = rule
      ? `**${code} ${name}** (${defaultSeverity}): ${summary}.\n\n[Documentation](${docsUrl(name)})`
      : `**${code}** is not a Label Smoothing Lab rule.`;
    return { markdown, source, node };
  }
  return undefined;
}
