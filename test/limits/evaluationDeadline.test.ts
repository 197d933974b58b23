// The evaluation's wall-clock deadline holds at the next step: a step can be an operation on a million-element
// tensor (~15 ms), so checking only now and then let a loop of them run seconds past the 250 ms budget, with
// the server unable to answer anything meanwhile.
import * as assert from 'assert';
import { Budget, BudgetExceeded, defaultLimits } from '../../server/src/evaluator/budget';

describe('the evaluation deadline', () => {
  it('stops the evaluation at the first step after it passes, however few steps ran', () => {
    const budget = new Budget(defaultLimits, Date.now() - 1);
    assert.throws(() => budget.step(), (error: unknown) =>
      error instanceof BudgetExceeded && !error.steps && /takes longer than 250 ms/.test(error.message));
  });

  it('lets steps run while it has not passed', () => {
    const budget = new Budget(defaultLimits, Date.now() + 60_000);
    for (let i = 0; i < 1000; i++) budget.step();
    assert.ok(!budget.expired);
  });
});
