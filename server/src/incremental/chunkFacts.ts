// What one chunk (a top-level statement and the comments after it) means to the others: the module-level
// names it assigns, and how (an import, an immutable constant, anything else), and the names it mentions.
// Slicing (slicing.ts) joins chunks that share a name someone assigns, so these facts must over-approximate:
// a name read but missed would split code that belongs together.
import { Language, Node, Query } from 'web-tree-sitter';

/** How a chunk assigns a module-level name. Imports and immutable constants can be copied into every reader. */
export type AssignmentKind = 'import' | 'constant' | 'other';

export interface ChunkFacts {
  /** Module-level names the chunk binds, with how; a name bound two ways counts as 'other'. */
  readonly assigns: ReadonlyMap<string, AssignmentKind>;
  /** Every identifier the chunk mentions (reads, writes, parameters, locals), except attribute and keyword names. */
  readonly mentions: ReadonlySet<string>;
  /** Only imports and immutable constants: the chunk may be copied into each slice that reads its names. */
  readonly copyable: boolean;
  /** Imports from torch: the file's first is copied into every slice, since whether code can be PyTorch code depends on one. */
  readonly importsTorch: boolean;
  /** `from m import *`: binds names nobody can list, so it is copied into every slice. */
  readonly starImport: boolean;
  /** `globals()`, `exec`, `setattr`…: reaches names dynamically, so the file is analysed as one slice. */
  readonly dynamic: boolean;
  /** Seeds or draws from torch's random generator, whose state flows between chunks in document order. */
  readonly random: boolean;
  /** Seeds the generator (`torch.manual_seed`): from here on, random values are known, so their order matters. */
  readonly seeds: boolean;
  /** Whether the chunk parsed without syntax errors. */
  readonly clean: boolean;
}

const SEEDS = /manual_seed|\.seed\s*\(/;
const DYNAMIC = /\b(?:globals|locals|vars|exec|eval|setattr|delattr|__import__|__dict__|__builtins__)\b/;
// Anything that may seed or consume the generator: the random factories and in-place samplers, dropout, and
// the layers whose constructors initialise weights randomly.
const RANDOM = /\b(?:manual_seed|seed|rand\w*|normal_?|uniform_|bernoulli_?|multinomial|exponential_|random_|cauchy_|log_normal_|geometric_|poisson|dropout\w*|Dropout\w*|Linear|Bilinear|Conv\w*|Embedding\w*|LSTM|GRU|RNN|Transformer\w*|MultiheadAttention|init)\b/;

/**
 * The patterns whose captures make up the facts. Identifiers named as an attribute (`x.scatter_`) or a keyword
 * (`f(dim=1)`) are not names of the module; targets are the identifiers a binding construct assigns.
 */
const PATTERNS = `
(identifier) @mention
(attribute attribute: (identifier) @attribute)
(keyword_argument name: (identifier) @keyword)
(assignment left: (identifier) @target)
(augmented_assignment left: (identifier) @target)
(for_statement left: (identifier) @target)
(pattern_list (identifier) @target)
(tuple_pattern (identifier) @target)
(list_pattern (identifier) @target)
(list_splat_pattern (identifier) @target)
(as_pattern_target (identifier) @target)
(named_expression name: (identifier) @target)
(delete_statement (identifier) @target)
(delete_statement (expression_list (identifier) @target))
(global_statement (identifier) @global)
`;

const queries = new WeakMap<Language, Query>();

function factsQuery(language: Language): Query {
  let query = queries.get(language);
  if (!query) queries.set(language, (query = new Query(language, PATTERNS)));
  return query;
}

/** The facts of each chunk; `statements[i]` are chunk i's top-level statement nodes, all from `root`'s tree. */
export function chunkFacts(root: Node, text: string, statements: readonly (readonly Node[])[], ranges: readonly { start: number; end: number }[]): ChunkFacts[] {
  // The chunks may be part of a larger tree (a slice's): only what lies within them counts.
  const start = ranges[0].start;
  const end = ranges[ranges.length - 1].end;
  const captures = factsQuery(root.tree.language).captures(root, { startIndex: start, endIndex: end })
    .filter(({ node }) => node.startIndex >= start && node.startIndex < end);
  const perChunk = statements.map(() => ({ mentions: new Set<string>(), excluded: new Set<number>(), targets: new Set<string>(), globals: new Set<string>() }));
  let chunk = 0;
  // Captures come in document order, as do the chunks: one pass assigns each capture to its chunk.
  const mentionNodes: { chunk: number; node: Node }[] = [];
  for (const { name, node } of captures) {
    while (chunk < ranges.length - 1 && node.startIndex >= ranges[chunk].end) chunk++;
    const facts = perChunk[chunk];
    if (name === 'mention') mentionNodes.push({ chunk, node });
    else if (name === 'attribute' || name === 'keyword') facts.excluded.add(node.startIndex);
    else if (name === 'target') facts.targets.add(node.text);
    else if (name === 'global') facts.globals.add(node.text);
  }
  for (const { chunk: index, node } of mentionNodes) {
    if (!perChunk[index].excluded.has(node.startIndex)) perChunk[index].mentions.add(node.text);
  }
  return statements.map((nodes, index) => {
    const { mentions, targets, globals } = perChunk[index];
    const chunkText = text.slice(ranges[index].start, ranges[index].end);
    const assigns = new Map<string, AssignmentKind>();
    const assign = (name: string, kind: AssignmentKind) => assigns.set(name, assigns.has(name) && assigns.get(name) !== kind ? 'other' : kind);
    let copyable = nodes.length > 0;
    let starImport = false;
    for (const statement of nodes) {
      const kind = statementKind(statement);
      if (kind === 'import') {
        const bound = importedNames(statement);
        if (bound === '*') starImport = true;
        else for (const name of bound) assign(name, 'import');
      } else if (kind === 'constant') {
        assign(statement.namedChild(0)!.childForFieldName('left')!.text, 'constant');
      } else {
        copyable = false;
        const definition = definedName(statement);
        if (definition !== undefined) {
          assign(definition, 'other');
          for (const name of globals) assign(name, 'other');
        } else {
          for (const name of [...targets, ...globals]) assign(name, 'other');
        }
      }
    }
    return {
      assigns, mentions, copyable, starImport,
      importsTorch: copyable && /torch/.test(chunkText),
      dynamic: DYNAMIC.test(chunkText),
      random: RANDOM.test(chunkText),
      seeds: SEEDS.test(chunkText),
      clean: !nodes.some(node => node.hasError || node.type === 'ERROR'),
    };
  });
}

function statementKind(statement: Node): AssignmentKind {
  if (statement.type === 'import_statement' || statement.type === 'import_from_statement' || statement.type === 'future_import_statement') return 'import';
  if (statement.type !== 'expression_statement' || statement.namedChildCount !== 1) return 'other';
  const assignment = statement.namedChild(0)!;
  if (assignment.type !== 'assignment') return 'other';
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  return left?.type === 'identifier' && !assignment.childForFieldName('type') && right && isImmutableLiteral(right) ? 'constant' : 'other';
}

/**
 * A literal nested deeper than this is not looked into (CPython refuses 200 nested brackets anyway): it counts as
 * an ordinary value, which only makes slices coarser, and 10,000 brackets do not overflow the stack.
 */
const MAX_LITERAL_DEPTH = 100;

/** Numbers, plain strings, booleans, None, and tuples and arithmetic of them: values nothing can change. */
function isImmutableLiteral(node: Node, depth = 0): boolean {
  if (depth > MAX_LITERAL_DEPTH) return false;
  switch (node.type) {
    case 'integer': case 'float': case 'true': case 'false': case 'none':
      return true;
    case 'string':
      return !/^[a-zA-Z]*[fF]/.test(node.text);   // an f-string reads names
    case 'concatenated_string': case 'parenthesized_expression': case 'tuple': case 'unary_operator': case 'binary_operator':
      return node.namedChildren.every(child => !!child && (child.type === 'comment' || isImmutableLiteral(child, depth + 1)));
    default:
      return false;
  }
}

/** The name a top-level def or class binds (through decorators too); undefined for other statements. */
function definedName(statement: Node): string | undefined {
  const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
  if (definition?.type !== 'function_definition' && definition?.type !== 'class_definition') return undefined;
  return definition.childForFieldName('name')?.text ?? '';
}

/** The names an import binds: `import a.b` → a, `import a as b` → b, `from m import x as y` → y; '*' for a star. */
function importedNames(statement: Node): string[] | '*' {
  if (statement.type === 'future_import_statement') return [];
  const names: string[] = [];
  for (const child of statement.namedChildren) {
    if (!child) continue;
    if (child.type === 'wildcard_import') return '*';
    if (statement.type === 'import_from_statement' && child.equals(statement.childForFieldName('module_name')!)) continue;
    if (child.type === 'aliased_import') {
      const alias = child.childForFieldName('alias');
      if (alias) names.push(alias.text);
    } else if (child.type === 'dotted_name') {
      names.push(child.text.split('.')[0].trim());
    }
  }
  return names;
}
