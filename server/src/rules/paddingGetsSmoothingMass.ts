// LS002 padding-gets-smoothing-mass: a padding or ignored class or row that still receives smoothing mass — the
// padding divisor ε/(K−2) without the padding column zeroed, or padding rows neither zeroed nor left out of the
// loss. Judged on final targets and on the targets a loss implies (targetCandidates.ts), so it is found however
// the masking is spelled.
import { paddingMass } from './paddingMass';
import { offTargetTerm } from './divisionTerm';
import { impliedTargetRows } from './targetRowsNotNormalized';
import { looksLikeSmoothedTargets, rowsOf, targetCandidates } from './targetCandidates';
import type { Rule } from './rule';

export const paddingGetsSmoothingMass: Rule = {
  metadata: {
    code: 'LS002',
    name: 'padding-gets-smoothing-mass',
    defaultSeverity: 'error',
    fixSafety: 'none',
    summary: 'a padding or ignored index that still receives smoothing mass',
  },
  check({ program, report }) {
    for (const { source, at, verb, scopes, preview } of targetCandidates(program)) {
      const rows = looksLikeSmoothedTargets(preview, at.text) ? rowsOf(preview) : undefined;
      const explicit = rows && paddingMass(rows, offTargetTerm(program, source, scopes, rows));
      if (explicit) report(source, at, `\`${at.text}\` ${verb} target rows that ${explicit.problem}`);
      const implied = impliedTargetRows(preview);
      const impliedMass = implied && paddingMass(implied, offTargetTerm(program, source, scopes, implied));
      if (impliedMass) report(source, at, `the loss \`${at.text}\` ${verb === 'returns' ? 'returns' : 'computes'} implies target rows that ${impliedMass.problem}`);
    }
  },
};
