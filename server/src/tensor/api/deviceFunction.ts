// torch.device(…): where a tensor lives changes none of its values, so a device stands as its name (a str marked
// as a device, for its repr), as `x.device` does ('cpu'), and `x.to(device)` keeps x. Code that builds its targets on `device = torch.device(…)` is then
// followed instead of becoming unknown at the first `.to(device)`.
import { type CallArgs, type PyValue, device, unknown } from '../../evaluator/values';
import { bind, optional, required } from './args';

/** Device types a device string may name (what `torch.device('mps')` and friends accept). */
const DEVICE_STRING = /^(cpu|cuda|mps|xpu|meta|hip|xla|hpu|mtia|privateuseone)(:\d+)?$/;

export const DEVICE_FUNCTIONS = {
  device: (args: CallArgs): PyValue => {
    const a = bind('device', [required('type'), optional('index')], args);
    const type = a.get('type');
    const index = a.get('index');
    // torch.device(0) is the first CUDA device. Anything unusual is left unknown rather than given an error
    // message PyTorch might word differently.
    if (type.kind === 'int' && index.kind === 'none') return device(`cuda:${type.value}`);
    if (type.kind !== 'str' || !DEVICE_STRING.test(type.value)) return unknown('this device argument is not modelled');
    if (index.kind === 'none') return device(type.value);
    if (index.kind !== 'int' || type.value.includes(':')) return unknown('this device argument is not modelled');
    return device(`${type.value}:${index.value}`);
  },
};
