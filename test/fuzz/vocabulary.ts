// The tokens random code is made of: Python's keywords, brackets and operators, the PyTorch names the rules
// and the evaluator know (so that soup reaches them), and numbers at the edges (huge, tiny, negative, odd bases).
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type', 'print',
];

export const BRACKETS = ['(', ')', '[', ']', '{', '}'];

export const OPERATORS = [
  '+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^', '~', '<', '>', '<=', '>=', '==', '!=',
  '=', '+=', '-=', '*=', '/=', '//=', '**=', '@=', ':=', '->', ',', ':', ';', '.', '...', '\\',
];

export const TORCH_NAMES = [
  'torch', 'nn', 'F', 'torch.zeros', 'torch.ones', 'torch.full', 'torch.tensor', 'torch.arange', 'torch.eye',
  'torch.rand', 'torch.randn', 'torch.randint', 'torch.zeros_like', 'torch.full_like', 'torch.softmax',
  'torch.log_softmax', 'torch.log', 'torch.where', 'torch.sum', 'torch.manual_seed', 'torch.long', 'torch.float32',
  'F.one_hot', 'F.cross_entropy', 'F.nll_loss', 'F.kl_div', 'F.softmax', 'F.log_softmax',
  'F.binary_cross_entropy_with_logits', 'nn.CrossEntropyLoss', 'nn.KLDivLoss', 'nn.NLLLoss', 'nn.BCEWithLogitsLoss',
  'nn.Module', 'label_smoothing', 'num_classes', 'ignore_index', 'reduction', 'dim', 'keepdim', 'dtype',
  '.scatter_', '.scatter', '.fill_', '.mul_', '.add_', '.sum', '.mean', '.view', '.reshape', '.unsqueeze',
  '.masked_fill', '.float', '.long', '.log', '.exp', '.softmax', '.log_softmax', '.argmax', '.size', '.shape',
  '.item', '.T', '.clone', '.detach', 'smooth', 'eps', 'epsilon', 'targets', 'labels', 'logits', 'loss', 'x', 'self',
];

export const NUMBERS = [
  '0', '1', '2', '3', '4', '10', '-1', '0.1', '0.0', '1.0', '1.5', '-0.0', '0.9', '1e-8', '1e308', '1e309', '2**63',
  '10**12', '10**100', '0x7fffffff', '0b101', '0o777', '1_000_000', '1j', '3.', '.5', '9' .repeat(40), 'float("nan")',
  'float("inf")',
];

export const STRINGS = ['""', "''", '"mean"', "'sum'", '"none"', '"batchmean"', 'f"{x}"', 'b"\\x00"', '"""doc"""', 'r"\\d"', '"é😀"'];

export const NAMES = ['a', 'b', 'i', 'n', 'k', 'K', 'x', 'y', 'targets', 'labels', 'smoothed', 'criterion', 'eps', 'num_classes', '_'];

export const LAYOUT = ['\n', '\n', '    ', '\t', ' ', '\r\n', '\r', '#', '# noqa', '# noqa: LS001'];

/** Unusual characters: control bytes, a BOM, line separators, lone surrogates, non-BMP letters. */
export const ODD_CHARACTERS = ['\0', '\x0b', '\x0c', '\ufeff', '\u2028', '\u00a0', '\ud800', '\udfff', '😀', 'é', 'λ', 'ℌ', '\u200b', '"""', "'''", '\\'];
