// torch's default CPU generator: the seed from torch.manual_seed, the Mersenne Twister state, and the cached
// second Box–Muller sample. An evaluation starts without a known state (the program may have drawn random
// numbers we do not see), so random values are unknown until torch.manual_seed.
import { Mt19937 } from './mt19937';

export const UNSEEDED = 'random values (no torch.manual_seed)';

class CpuGenerator {
  private engine: Mt19937 | undefined;
  private nextDoubleNormal: number | undefined;
  /** Why the state is unknown (no seed yet, or an unmodelled use of the generator). */
  unknownReason: string | undefined = UNSEEDED;

  seed(seed: number | bigint): void {
    this.engine = new Mt19937(seed);
    this.nextDoubleNormal = undefined;
    this.unknownReason = undefined;
  }

  forget(reason: string): void {
    this.engine = undefined;
    this.unknownReason = reason;
  }

  get known(): boolean {
    return this.engine !== undefined;
  }

  /** generator->random(): 32 random bits. */
  random(): number {
    if (this.engine === undefined) return 0;
    return this.engine.nextUint32();
  }

  /** generator->random64(): two 32-bit draws, the first as the high half. */
  random64(): bigint {
    const high = BigInt(this.random());
    const low = BigInt(this.random());
    return (high << 32n) | low;
  }

  /** at::uniform_real_distribution<double>(0, 1): 53 random bits. */
  uniformDouble(): number {
    return Number(this.random64() & ((1n << 53n) - 1n)) / 2 ** 53;
  }

  /** at::uniform_real_distribution<float>(0, 1): 24 random bits. */
  uniformFloat(): number {
    return (this.random() & 0xffffff) / 2 ** 24;
  }

  /** at::normal_distribution<double>: Box–Muller, the sine sample cached for the next call. */
  normalDouble(mean: number, std: number): number {
    if (this.nextDoubleNormal !== undefined) {
      const cached = this.nextDoubleNormal;
      this.nextDoubleNormal = undefined;
      return cached * std + mean;
    }
    const u1 = this.uniformDouble();
    const u2 = this.uniformDouble();
    const r = Math.sqrt(-2 * Math.log1p(-u2));
    const theta = 2 * Math.PI * u1;
    this.nextDoubleNormal = r * Math.sin(theta);
    return r * Math.cos(theta) * std + mean;
  }
}

export const defaultGenerator = new CpuGenerator();

/** Forgets the generator state at the start of an evaluation (the interpreter calls this). */
export function resetRandomState(): void {
  defaultGenerator.forget(UNSEEDED);
}

/** For code that draws random numbers in ways the preview does not follow (e.g. an unmodelled layer init). */
export function invalidateRandomState(reason: string): void {
  defaultGenerator.forget(reason);
}
