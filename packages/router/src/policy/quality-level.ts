/** How much the caller cares about the answer: `high` starts at least one tier up, `critical` at the top tier. */
export type QualityLevel = 'normal' | 'high' | 'critical';

export const QUALITY_LEVELS: readonly QualityLevel[] = ['normal', 'high', 'critical'];
