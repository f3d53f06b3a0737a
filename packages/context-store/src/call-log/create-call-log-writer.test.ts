import { databaseTargets } from '../testing/database-targets.test-helper.js';
import { describeCallLogWriterContract, describeCallLogWriterWithoutDatabase } from './call-log-writer-contract.test-helper.js';

for (const target of await databaseTargets()) {
  describeCallLogWriterContract(target);
  describeCallLogWriterWithoutDatabase(target);
}
