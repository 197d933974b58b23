// A small, sanitizing Markdown renderer for challenge text. It builds DOM nodes with createElement and
// textContent only: there is no path from the text to HTML parsing, so `<script>` or `<img onerror=…>` in a
// challenge shows as those characters and runs nothing. Supported: paragraphs, headings, **bold**, *italic*,
// `code`, fenced code blocks, bullet and numbered lists, pipe tables, and links, which are shown as their
// text followed by the address in plain text (never a clickable URL, so no `javascript:` can be followed).
import { h } from './dom';

const FENCE = /^\s*(```+)\s*([\w+-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(\s*)([-*]|\d+[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function renderMarkdown(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !new RegExp(`^\\s*${fence[1]}\\s*$`).test(lines[i])) body.push(lines[i++]);
      i++; // the closing fence (or the end of the text)
      fragment.appendChild(codeBlock(body.join('\n'), fence[2]));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      // The panel's screen title is the h1: content headings start below it.
      const level = Math.min(6, heading[1].length + 1) as 2 | 3 | 4 | 5 | 6;
      fragment.appendChild(h(`h${level}`, {}, renderInline(heading[2])));
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])) {
      const rows: string[] = [line];
      i += 2;
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(lines[i++]);
      fragment.appendChild(table(rows));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const items: string[] = [];
      const ordered = /^\s*\d/.test(line);
      while (i < lines.length && lines[i].trim()) {
        const item = LIST_ITEM.exec(lines[i]);
        if (item) items.push(item[3]);
        else items[items.length - 1] += ` ${lines[i].trim()}`; // a continuation line of the item
        i++;
      }
      fragment.appendChild(h(ordered ? 'ol' : 'ul', {}, items.map(item => h('li', {}, renderInline(item)))));
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i].trim() && !FENCE.test(lines[i]) && !HEADING.test(lines[i]) && !LIST_ITEM.test(lines[i])) {
      paragraph.push(lines[i++].trim());
    }
    fragment.appendChild(h('p', {}, renderInline(paragraph.join(' '))));
  }
  return fragment;
}

export function codeBlock(code: string, language = ''): HTMLPreElement {
  const element = h('code', language ? { className: `language-${language}` } : {});
  element.textContent = code;
  return h('pre', { attrs: { tabindex: 0 } }, element);
}

function table(rows: readonly string[]): HTMLTableElement {
  const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(cell => cell.trim());
  const [head, ...body] = rows;
  return h('table', {},
    h('thead', {}, h('tr', {}, cells(head).map(cell => h('th', { attrs: { scope: 'col' } }, renderInline(cell))))),
    h('tbody', {}, body.map(row => h('tr', {}, cells(row).map(cell => h('td', {}, renderInline(cell)))))));
}

/** Inline Markdown: code spans first (nothing inside them is Markdown), then bold, italic and links. */
export function renderInline(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let plain = '';
  const flush = () => {
    if (plain) fragment.appendChild(document.createTextNode(plain));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!|<>]/.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(run, i + run.length);
      if (end > 0) {
        flush();
        const code = h('code');
        code.textContent = text.slice(i + run.length, end).replace(/^ (.*) $/, '$1');
        fragment.appendChild(code);
        i = end + run.length;
        continue;
      }
      plain += run;
      i += run.length;
      continue;
    }
    if (text.startsWith('**', i)) {
      const end = closing(text, '**', i + 2);
      if (end > 0) {
        flush();
        fragment.appendChild(h('strong', {}, renderInline(text.slice(i + 2, end))));
        i = end + 2;
        continue;
      }
    }
    if (char === '*' && !text.startsWith('**', i)) {
      const end = closing(text, '*', i + 1);
      if (end > 0) {
        flush();
        fragment.appendChild(h('em', {}, renderInline(text.slice(i + 1, end))));
        i = end + 1;
        continue;
      }
    }
    if (char === '[') {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(text.slice(i));
      if (link) {
        flush();
        fragment.appendChild(linkText(link[1], link[2]));
        i += link[0].length;
        continue;
      }
    }
    plain += char;
    i++;
  }
  flush();
  return fragment;
}

/**
 * Where a `*` or `**` opened at `from` closes: the delimiter must hug its text on both sides (`* a *` is not
 * emphasis), as in CommonMark, so arithmetic like `2 * 3 * 4` stays as it is.
 */
function closing(text: string, delimiter: string, from: number): number {
  if (from >= text.length || /\s/.test(text[from])) return -1;
  let at = text.indexOf(delimiter, from + 1);
  while (at > 0) {
    const hugs = !/\s/.test(text[at - 1]) && (delimiter.length === 2 || text[at + 1] !== '*');
    if (hugs) return at;
    at = text.indexOf(delimiter, at + 1);
  }
  return -1;
}

/** A link as text: its words, then its address in plain text for the learner to copy. */
function linkText(label: string, url: string): HTMLSpanElement {
  return h('span', { className: 'link' }, renderInline(label), ' (', h('span', { className: 'link-url' }, url), ')');
}
