// The problem the panel tests answer: the practice page's first ("What is the main purpose of label
// smoothing…"), whose answer is A.
export const firstSeedProblem = 'seed-purpose-of-label-smoothing';
