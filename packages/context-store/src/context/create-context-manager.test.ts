import { storeTargets } from '../testing/store-targets.test-helper.js';
import { describeContextManagerContract } from './context-manager-contract.test-helper.js';

for (const target of await storeTargets()) describeContextManagerContract(target);
