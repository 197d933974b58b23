// Resolves the names code uses for PyTorch to qualified names, from the program's imports:
// `import torch.nn as nn`, `from torch import nn`, `from torch.nn import functional as F`, … so that
// `nn.CrossEntropyLoss` and `torch.nn.CrossEntropyLoss` are recognised as the same thing.
import type { Node } from 'web-tree-sitter';
import type { Located } from './program';
import { dottedName, forEachNodeOfType } from './syntax';

/** What the community's conventional aliases mean when a snippet or cell uses them without importing. */
const CONVENTIONAL_ALIASES: ReadonlyMap<string, string> = new Map([
  ['torch', 'torch'],
  ['nn', 'torch.nn'],
  ['F', 'torch.nn.functional'],
]);

export class ImportTable {
  private constructor(private readonly aliases: ReadonlyMap<string, string>) {}

  static collect(roots: readonly Located[]): ImportTable {
    const aliases = new Map<string, string>();
    for (const { node: root } of roots) {
      forEachNodeOfType(root, ['import_statement', 'import_from_statement'], node => {
        if (node.type === 'import_statement') addImport(node, aliases);
        else if (node.type === 'import_from_statement') addFromImport(node, aliases);
      });
    }
    return new ImportTable(aliases);
  }

  /** `nn.CrossEntropyLoss` → `torch.nn.CrossEntropyLoss`; undefined when the expression is not a dotted name. */
  qualifiedName(expression: Node): string | undefined {
    // Every call's callee comes through here: dottedName reads the text instead of walking the chain.
    const parts = dottedName(expression)?.split('.');
    if (!parts) return undefined;
    const head = this.aliases.get(parts[0]) ?? CONVENTIONAL_ALIASES.get(parts[0]);
    return head ? [head, ...parts.slice(1)].join('.') : undefined;
  }
}

function addImport(statement: Node, aliases: Map<string, string>): void {
  for (const name of statement.childrenForFieldName('name')) {
    if (name.type === 'aliased_import') {
      const module = name.childForFieldName('name');
      const alias = name.childForFieldName('alias');
      if (module && alias) aliases.set(alias.text, module.text);
    } else {
      // `import torch.nn` binds `torch`, through which `torch.nn` is then reached.
      const head = name.text.split('.')[0];
      aliases.set(head, head);
    }
  }
}

function addFromImport(statement: Node, aliases: Map<string, string>): void {
  const module = statement.childForFieldName('module_name');
  if (!module || module.type !== 'dotted_name') return;   // relative imports are not PyTorch
  for (const name of statement.childrenForFieldName('name')) {
    if (name.type === 'aliased_import') {
      const imported = name.childForFieldName('name');
      const alias = name.childForFieldName('alias');
      if (imported && alias) aliases.set(alias.text, `${module.text}.${imported.text}`);
    } else {
      aliases.set(name.text, `${module.text}.${name.text}`);
    }
  }
}
