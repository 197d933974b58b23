// The Mersenne Twister PyTorch's CPU generator runs on (ATen's at::mt19937: the standard MT19937 seeded with
// the low 32 bits of the seed).
const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class Mt19937 {
  private readonly state = new Uint32Array(N);
  private next = 0;
  private left = 1;

  constructor(seed: number | bigint) {
    this.state[0] = Number(BigInt.asUintN(32, BigInt(seed)));
    for (let j = 1; j < N; j++) {
      const previous = this.state[j - 1] ^ (this.state[j - 1] >>> 30);
      this.state[j] = (Math.imul(1812433253, previous) + j) >>> 0;
    }
  }

  /** The next 32-bit output. */
  nextUint32(): number {
    if (--this.left === 0) this.nextState();
    let y = this.state[this.next++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private nextState(): void {
    const s = this.state;
    this.left = N;
    this.next = 0;
    const twist = (u: number, v: number) => ((((u & UPPER_MASK) | (v & LOWER_MASK)) >>> 1) ^ (v & 1 ? MATRIX_A : 0)) >>> 0;
    let p = 0;
    for (let j = N - M + 1; --j; p++) s[p] = s[p + M] ^ twist(s[p], s[p + 1]);
    for (let j = M; --j; p++) s[p] = s[p + M - N] ^ twist(s[p], s[p + 1]);
    s[p] = s[p + M - N] ^ twist(s[p], s[0]);
  }
}
