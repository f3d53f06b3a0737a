import { createVitestConfig } from '../../vitest.shared.ts';

export default createVitestConfig(import.meta.dirname, '@gw/api');
