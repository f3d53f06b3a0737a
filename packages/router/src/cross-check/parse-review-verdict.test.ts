import { describe, expect, it } from 'vitest';
import { parseReviewVerdict } from './parse-review-verdict.js';

describe('parseReviewVerdict', () => {
  it('reads bare JSON, a fenced block, or JSON inside prose', () => {
    expect(parseReviewVerdict('{"verdict":"pass","issues":[],"confidence":0.8}')).toEqual({ verdict: 'pass', issues: [], confidence: 0.8 });
    expect(parseReviewVerdict('Here:\n```json\n{"verdict":"fail","issues":["off by one"],"confidence":1}\n```')).toMatchObject({ verdict: 'fail', issues: ['off by one'] });
    expect(parseReviewVerdict('I think {"verdict":"uncertain","issues":[],"confidence":0.2} overall')).toMatchObject({ verdict: 'uncertain' });
  });

  it.each([
    'looks good to me, pass',
    '{"verdict":"ok","issues":[],"confidence":1}',
    '{"verdict":"pass","issues":[],"confidence":7}',
    '{"verdict":"pass"}',
    '',
  ])('anything that is not a valid verdict is uncertain, never a pass: %j', (reply) => {
    expect(parseReviewVerdict(reply)).toMatchObject({ verdict: 'uncertain', confidence: 0 });
  });
});
