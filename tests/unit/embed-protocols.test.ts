import { describe, expect, it } from 'vitest';
import { heightMessages, linkMessage, readWordPressSecret } from '../../src/client/embed-protocols.ts';

describe('embed messages', () => {
  it('read the secret WordPress puts in the frame URL, in both its forms, and refuse anything else', () => {
    expect(readWordPressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
    expect(readWordPressSecret('#secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
    expect(readWordPressSecret('#?secret=a"b')).toBeUndefined();
    expect(readWordPressSecret('')).toBeUndefined();
  });

  it('post one height in our, Datawrapper’s and the iframe.resize shapes, and WordPress’s only with a secret', () => {
    const resize = { chart: 'compute-structure', height: 512, src: 'https://ai.example.net/en/embed/compute-structure/' };
    expect(heightMessages(resize)).toEqual([
      { type: 'ai-infra:height', chart: 'compute-structure', height: 512 },
      { 'datawrapper-height': { 'compute-structure': 512 } },
      JSON.stringify({ context: 'iframe.resize', src: resize.src, height: 512 }),
    ]);
    // No message claims to come from Flourish: listeners for Flourish's shapes (some check neither
    // origin nor frame) would apply our height to the host's own Flourish chart.
    expect(
      heightMessages(resize)
        .map((m) => (typeof m === 'string' ? m : JSON.stringify(m)))
        .filter((m) => /flourish/i.test(m)),
    ).toEqual([]);
    expect(heightMessages({ ...resize, secret: 'Ab12' })).toContainEqual({ message: 'height', value: 512, secret: 'Ab12' });
    expect(linkMessage('https://ai.example.net/en/charts/x/', 'Ab12')).toEqual({
      message: 'link',
      value: 'https://ai.example.net/en/charts/x/',
      secret: 'Ab12',
    });
  });
});
