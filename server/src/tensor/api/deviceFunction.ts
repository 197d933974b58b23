// torch.device(…): where a tensor lives changes none of its values, so a device stands as its name, as `x.device`
// does ('cpu'), and `x.to(device)` keeps x. Code that builds its targets on `device = torch.device(…)` is then
// followed instead of becoming unknown at the first `.to(device)`.
import { type CallArgs, type PyValue, str, unknown } from '../../evaluator/values';
import { bind, optional, required } from './args';

/** Device types a device string may name (what `torch.device('mps')` and friends accept). */
const DEVICE_STRING = /^(cpu|cuda|mps|xpu|meta|hip|xla|hpu|mtia|privateuseone)(:\d+)?$/;

export const DEVICE_FUNCTIONS = {
  device: (args: CallArgs): PyValue => {
    const a = bind('device', [required('type'), optional('index')], args);
    const type = a.get('type');
    // torch.device(0) is the first CUDA device.
    if (type.kind === 'int') return str(`cuda:${type.value}`);
    const name = a.str('type');
    const index = a.optionalInt('index');
    if (!DEVICE_STRING.test(name) || (index !== undefined && name.includes(':'))) return unknown(`the device ${JSON.stringify(name)} is not modelled`);
    return str(index === undefined ? name : `${name}:${index}`);
  },
};
