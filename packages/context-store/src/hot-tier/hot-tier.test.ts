import { hotTierTargets } from '../testing/hot-tier-targets.test-helper.js';
import { describeHotTierContract } from './hot-tier-contract.test-helper.js';

for (const target of await hotTierTargets()) {
  describeHotTierContract(target.name, target.skip, () => target.open());
}
