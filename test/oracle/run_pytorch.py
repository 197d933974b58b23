#!/usr/bin/python3
"""Runs every oracle snippet (test/oracle/snippets/*.py) with real PyTorch, in one process, and prints JSON.

Usage: /usr/bin/python3 test/oracle/run_pytorch.py [--snippets=DIR] [--show] [--check] [snippet names...]

  --snippets=DIR  runs the *.py files of DIR instead (the challenges' code, written there by test/challenges)
  --show   also writes a readable transcript of every snippet to stderr
  --check  checks the snippets' own markers and exits 3 when one does not hold:
           `# raises: <ExceptionType>` must raise exactly that type, a snippet without it must not raise;
           `# warns` must warn, a snippet without it must not;
           `# implied-targets: <loss> wrt <logprobs>` must name a scalar loss and a tensor in its graph.

Output (stdout), one JSON object:
  {"torch_version": str,
   "snippets": {"<file name without .py>": {
       "prints": [{"text": str, "tensors": [{"shape": [int], "dtype": str, "values": [number]}]}],
       "error": {"type": str, "message": str, "line": int},          (only when the snippet raised)
       "warnings": [str],
       "implied": {"loss": str, "logprobs": str, "shape": [int], "values": [number]}}}}  (only with the marker)

- `text` is exactly what print() writes, WITHOUT its final end: sep.join(str(arg) for arg in args), plus `end`
  only when a snippet passes an end other than the default '\n'.
- `tensors` lists the tensor arguments of that print in order (also those inside a tuple or list argument):
  shape, dtype ('float32' | 'float64' | 'int64' | 'bool', else str(dtype) without 'torch.'), and the values
  flattened in row-major order at full precision (tolist(): float32 values widened exactly to float64,
  bools as 1/0). Non-finite values are the strings "Infinity", "-Infinity" and "NaN" (JSON has no such numbers).
- `error.line` is the 1-based line, in the snippet, of the innermost snippet frame (inside a snippet's function
  when the error happens there); `error.message` is str(exception). The snippet stops at the error.
- `warnings` are the messages of every Python warning the snippet triggered, in order (never deduplicated).
- `implied` is q = -d(loss)/d(logprobs) from torch.autograd.grad, for snippets with the implied-targets marker.

Each snippet runs in a fresh namespace with __name__ == '__main__', print options reset to PyTorch's defaults,
the default dtype float32 and grad mode on. No random seed is set here: a snippet that draws numbers seeds itself.
"""
import builtins
import json
import math
import os
import re
import sys
import warnings

import torch

SNIPPETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'snippets')
IMPLIED = re.compile(r'^#\s*implied-targets:\s*([A-Za-z_]\w*)\s+wrt\s+([A-Za-z_]\w*)\s*$', re.M)
RAISES = re.compile(r'^#\s*raises:\s*(\w+)\s*$', re.M)
WARNS = re.compile(r'^#\s*warns\b', re.M)


def number(value):
    value = float(value)
    if math.isnan(value):
        return 'NaN'
    if math.isinf(value):
        return 'Infinity' if value > 0 else '-Infinity'
    if value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def dtype_name(dtype):
    return str(dtype).replace('torch.', '')


def tensor_record(tensor):
    tensor = tensor.detach()
    flat = tensor.reshape(-1).tolist()
    return {'shape': list(tensor.shape), 'dtype': dtype_name(tensor.dtype), 'values': [number(v) for v in flat]}


def tensors_in(value, found):
    if isinstance(value, torch.Tensor):
        found.append(tensor_record(value))
    elif isinstance(value, (tuple, list)):
        for item in value:
            tensors_in(item, found)
    return found


def recording_print(prints):
    def print_(*args, sep=' ', end='\n', file=None, flush=False):
        sep = ' ' if sep is None else sep
        end = '\n' if end is None else end
        text = sep.join(str(arg) for arg in args)
        if end != '\n':
            text += end
        tensors = []
        for arg in args:
            tensors_in(arg, tensors)
        prints.append({'text': text, 'tensors': tensors})
    return print_


def reset_torch_state():
    torch.set_printoptions(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)


def error_record(error, filename):
    line = getattr(error, 'lineno', None) if isinstance(error, SyntaxError) else None
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == filename:
            line = trace.tb_lineno
        trace = trace.tb_next
    return {'type': type(error).__name__, 'message': str(error), 'line': line}


def implied_record(namespace, loss_name, logprobs_name):
    loss, logprobs = namespace.get(loss_name), namespace.get(logprobs_name)
    if not isinstance(loss, torch.Tensor) or loss.dim() != 0:
        raise ValueError('implied-targets: %s is not a scalar tensor' % loss_name)
    if not isinstance(logprobs, torch.Tensor):
        raise ValueError('implied-targets: %s is not a tensor' % logprobs_name)
    (grad,) = torch.autograd.grad(loss, logprobs)
    record = tensor_record(-grad)
    return {'loss': loss_name, 'logprobs': logprobs_name, 'shape': record['shape'], 'values': record['values']}


def run_snippet(path):
    with open(path, encoding='utf-8') as handle:
        source = handle.read()
    prints = []
    result = {'prints': prints}
    namespace = {
        '__name__': '__main__',
        '__file__': path,
        '__builtins__': dict(builtins.__dict__, print=recording_print(prints)),
    }
    reset_torch_state()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            exec(compile(source, path, 'exec'), namespace)
        except Exception as error:  # the snippet's own error is a result, recorded like PyTorch raised it
            result['error'] = error_record(error, path)
    result['warnings'] = [str(warning.message) for warning in caught]
    marker = IMPLIED.search(source)
    if marker and 'error' not in result:
        result['implied'] = implied_record(namespace, marker.group(1), marker.group(2))
    return source, result


def check(name, source, result):
    problems = []
    raises = RAISES.search(source)
    error = result.get('error')
    if raises and (not error or error['type'] != raises.group(1)):
        problems.append('should raise %s, got %s' % (raises.group(1), error and '%s: %s' % (error['type'], error['message'])))
    if not raises and error:
        problems.append('raised %s: %s (line %s)' % (error['type'], error['message'], error['line']))
    if bool(WARNS.search(source)) != bool(result['warnings']):
        problems.append('warnings %r do not match the `# warns` marker' % result['warnings'])
    if IMPLIED.search(source) and 'implied' not in result:
        problems.append('has an implied-targets marker but no implied targets')
    if not source.startswith('# '):
        problems.append('does not start with its one-line comment')
    return ['%s: %s' % (name, problem) for problem in problems]


def show(name, result):
    out = sys.stderr
    out.write('=== %s\n' % name)
    for record in result['prints']:
        out.write(record['text'] + '\n')
    if 'error' in result:
        error = result['error']
        out.write('!!! %s at line %s: %s\n' % (error['type'], error['line'], error['message']))
    for message in result['warnings']:
        out.write('~~~ warning: %s\n' % message.splitlines()[0])
    if 'implied' in result:
        implied = result['implied']
        out.write('>>> implied %s wrt %s %s: %s\n' % (implied['loss'], implied['logprobs'], implied['shape'], implied['values']))


def main(argv):
    flags = {arg for arg in argv if arg.startswith('--') and not arg.startswith('--snippets=')}
    directories = [arg[len('--snippets='):] for arg in argv if arg.startswith('--snippets=')]
    snippets_directory = directories[-1] if directories else SNIPPETS
    wanted = [arg for arg in argv if not arg.startswith('--')]
    torch.set_num_threads(1)
    names = sorted(name[:-3] for name in os.listdir(snippets_directory) if name.endswith('.py'))
    if wanted:
        names = [name for name in names if name in wanted or name.split('_')[0] in wanted]
    snippets = {}
    problems = []
    for name in names:
        source, result = run_snippet(os.path.join(snippets_directory, name + '.py'))
        snippets[name] = result
        if '--show' in flags:
            show(name, result)
        if '--check' in flags:
            problems += check(name, source, result)
    reset_torch_state()
    json.dump({'torch_version': torch.__version__, 'snippets': snippets}, sys.stdout, allow_nan=False)
    sys.stdout.write('\n')
    if problems:
        sys.stderr.write('\n'.join(problems) + '\n')
        return 3
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
