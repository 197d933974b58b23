// torch.nn loss modules (CrossEntropyLoss, NLLLoss, KLDivLoss, BCELoss, BCEWithLogitsLoss) and Softmax /
// LogSoftmax: the constructor keeps the options; the instance is a callable that runs the functional form.
import { type CallArgs, type PyValue, tensorValue } from '../../evaluator/values';
import { setNativeRepr } from '../nativeRepr';
import { implicitSoftmaxDim, logSoftmax, softmax } from '../softmax';
import { bind, type BoundArgs, optional, type Param } from './args';
import type { NativeTable } from './creationFunctions';
import { withUnknownPropagation } from './unknownPropagation';
import { BCE_LOGITS_PARAMS, BCE_PARAMS, bceCall, bceWithLogitsCall, CROSS_ENTROPY_PARAMS, crossEntropyCall, KL_PARAMS, klDivCall, NLL_PARAMS, nllLossCall } from './functionalFunctions';

/** A module class whose instances call `run(input, target)` with the constructor's options. */
function lossModule(className: string, params: readonly Param[], run: (a: BoundArgs) => PyValue) {
  return (constructorArgs: CallArgs): PyValue => {
    const options = bind(className, params, constructorArgs);
    const stored = new Map(params.map(param => [param.name, options.get(param.name)] as const));
    const instance: PyValue = {
      kind: 'native',
      name: className,
      call: (callArgs: CallArgs) => withUnknownPropagation(callArgs, () => {
        const forward = bind('forward', [{ name: 'input' }, { name: 'target' }], callArgs);
        // The stored options with the call's input and target, bound as the functional form binds them.
        return run(bind(className, [{ name: 'input' }, { name: 'target' }, ...params], {
          positional: [forward.get('input'), forward.get('target')],
          keyword: stored,
        }));
      }),
    };
    return setNativeRepr(instance, `${className}()`);
  };
}

function softmaxModule(className: 'Softmax' | 'LogSoftmax') {
  return (constructorArgs: CallArgs): PyValue => {
    const a = bind(className, [optional('dim')], constructorArgs);
    const dim = a.optionalInt('dim');
    const instance: PyValue = {
      kind: 'native',
      name: className,
      call: (callArgs: CallArgs) => withUnknownPropagation(callArgs, () => {
        const input = bind('forward', [{ name: 'input' }], callArgs).tensor('input');
        const compute = className === 'Softmax' ? softmax : logSoftmax;
        return tensorValue(compute(input, dim ?? implicitSoftmaxDim(input.ndim)));
      }),
    };
    return setNativeRepr(instance, `${className}(dim=${dim === undefined ? 'None' : dim})`);
  };
}

export const NN_MODULES: NativeTable = {
  CrossEntropyLoss: lossModule('CrossEntropyLoss', CROSS_ENTROPY_PARAMS, crossEntropyCall),
  NLLLoss: lossModule('NLLLoss', NLL_PARAMS, nllLossCall),
  KLDivLoss: lossModule('KLDivLoss', KL_PARAMS, klDivCall),
  BCELoss: lossModule('BCELoss', BCE_PARAMS, bceCall),
  BCEWithLogitsLoss: lossModule('BCEWithLogitsLoss', BCE_LOGITS_PARAMS, bceWithLogitsCall),
  Softmax: softmaxModule('Softmax'),
  LogSoftmax: softmaxModule('LogSoftmax'),
};

