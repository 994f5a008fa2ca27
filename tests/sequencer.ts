/**
 * Starts test files in the order of START_ORDER (tests/test-projects.ts, which says why); files it does not
 * name start last, in vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { START_ORDER } from './test-projects.ts';

export default class StartOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = START_ORDER.findIndex((entry) => spec.moduleId.includes(`/${entry}`));
      return i < 0 ? START_ORDER.length : i;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order among themselves.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
