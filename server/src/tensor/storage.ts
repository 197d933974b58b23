// The memory that a tensor and all its views share. Values are kept as doubles (already rounded to the
// owning dtype). Elements can be unknown: torch.empty's uninitialized memory, or random numbers that cannot be
// reproduced. Unknown elements are tracked so that a full write (fill_, zero_, copy_) or element writes
// (scatter_, index assignment) can make them known again.
import { checkElementCount, countNewElements } from './limits';

export class Storage {
  /** 1 where the element is known; `null` when every element is (the common case, kept allocation-free). */
  private knownMask: Uint8Array | null;
  private unknownCount: number;
  /** Why unknown elements are unknown ("values of torch.empty are uninitialized"). */
  unknownReason: string;

  private constructor(readonly data: Float64Array, unknownReason: string | undefined) {
    countNewElements(data.length);
    if (unknownReason === undefined || data.length === 0) {
      this.knownMask = null;
      this.unknownCount = 0;
      this.unknownReason = '';
    } else {
      this.knownMask = new Uint8Array(data.length);
      this.unknownCount = data.length;
      this.unknownReason = unknownReason;
    }
  }

  /** Zero-filled, known storage of `size` elements (checked against the preview limit first). */
  static zeros(size: number): Storage {
    checkElementCount(size);
    return new Storage(new Float64Array(size), undefined);
  }

  /** Storage whose every element is unknown for `reason`. */
  static unknown(size: number, reason: string): Storage {
    checkElementCount(size);
    return new Storage(new Float64Array(size), reason);
  }

  /** Wraps values the caller has computed (and will not touch again). */
  static wrap(data: Float64Array, unknownReason?: string): Storage {
    checkElementCount(data.length);
    return new Storage(data, unknownReason);
  }

  get size(): number {
    return this.data.length;
  }

  get fullyKnown(): boolean {
    return this.knownMask === null;
  }

  isKnown(offset: number): boolean {
    return this.knownMask === null || this.knownMask[offset] === 1;
  }

  markKnown(offset: number): void {
    const mask = this.knownMask;
    if (mask === null || mask[offset] === 1) return;
    mask[offset] = 1;
    if (--this.unknownCount === 0) this.knownMask = null;
  }

  markUnknown(offset: number, reason: string): void {
    if (this.knownMask === null) {
      this.knownMask = new Uint8Array(this.data.length).fill(1);
      this.unknownCount = 0;
    }
    if (this.knownMask[offset] === 1) {
      this.knownMask[offset] = 0;
      this.unknownCount++;
    }
    this.unknownReason = reason;
  }
}
