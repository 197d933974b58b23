// Audits a webview page's Content Security Policy and the markup around it, and says in words what is wrong.
// The rules: nothing by default; scripts only by this page's nonce; nothing unsafe; nothing remote (only the
// webview's own resource origin, `cspSource`, and data: images); no <base> or form targets (default-src does not
// cover them); and the page's scripts and styles obey the policy it declares.

export interface CspAudit {
  readonly problems: readonly string[];
  /** The nonce in script-src, if there is exactly one. */
  readonly nonce?: string;
}

/** Directives the panel may have; any other (connect-src, frame-src, worker-src…) would widen default-src 'none'. */
const KNOWN = ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'base-uri', 'form-action'];
/** 16 random bytes in base64 at least: a nonce must not be guessable. */
const NONCE = /^'nonce-([A-Za-z0-9+/]{22,}={0,2})'$/;

export function auditCsp(html: string, cspSource: string): CspAudit {
  const problems: string[] = [];
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*>/gi)];
  if (metas.length !== 1) return { problems: [`the page declares ${metas.length} Content Security Policies, not 1`] };
  const head = html.slice(0, metas[0].index);
  if (/<(script|link|style)\b/i.test(head)) problems.push('something loads before the policy is declared');

  const ownOrigin = new Set(cspSource.split(/\s+/));
  const directives = new Map<string, string[]>();
  for (const part of unescape(metas[0][1]).split(';').map(p => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    if (directives.has(name)) problems.push(`${name} is declared twice`);
    directives.set(name, sources);
  }
  const expect = (name: string, sources: string[]) => {
    if ((directives.get(name) ?? []).join(' ') !== sources.join(' ')) problems.push(`${name} must be ${sources.join(' ')}, is ${directives.get(name)?.join(' ') ?? 'missing'}`);
  };
  expect('default-src', ["'none'"]);
  expect('base-uri', ["'none'"]);
  expect('form-action', ["'none'"]);

  const scripts = directives.get('script-src') ?? [];
  const nonce = scripts.length === 1 ? NONCE.exec(scripts[0])?.[1] : undefined;
  if (!nonce) problems.push(`script-src must be a single nonce of at least 128 bits, is ${scripts.join(' ') || 'missing'}`);

  for (const [name, sources] of directives) {
    if (!KNOWN.includes(name)) problems.push(`${name} is not a directive the panel needs`);
    for (const source of sources) {
      if (/^'unsafe-|^'wasm-unsafe-eval'$|^'strict-dynamic'$/.test(source)) problems.push(`${name} allows ${source}`);
      else if (source === 'data:' ? !['img-src', 'font-src'].includes(name) : isRemote(source) && !ownOrigin.has(source)) {
        problems.push(`${name} allows a source other than the extension's own: ${source}`);
      }
    }
  }

  // The page itself: every script by this nonce and from a file, no inline handlers or styles.
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!nonce || !script[1].includes(`nonce="${nonce}"`)) problems.push('a script without the policy’s nonce');
    if (!/\bsrc="/.test(script[1]) || script[2].trim()) problems.push('an inline script');
  }
  if (/\son\w+\s*=/i.test(html)) problems.push('an inline event handler');
  if (/\sstyle\s*=|<style\b/i.test(html)) problems.push('an inline style');
  if (/<base\b|<form\b|<iframe\b|<object\b|<embed\b/i.test(html)) problems.push('an element that loads or sends elsewhere');
  return { problems, nonce };
}

/** A scheme, a host or a wildcard: anything but a quoted keyword. */
function isRemote(source: string): boolean {
  return !/^'[a-z-]+'$/.test(source) && !NONCE.test(source);
}

function unescape(attribute: string): string {
  return attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
