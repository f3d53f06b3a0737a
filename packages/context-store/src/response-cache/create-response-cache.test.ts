import { hotTierTargets } from '../testing/hot-tier-targets.test-helper.js';
import { describeResponseCacheContract } from './response-cache-contract.test-helper.js';

for (const target of await hotTierTargets()) describeResponseCacheContract(target);
