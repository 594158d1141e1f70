import type { AstroIntegration } from 'astro';
import { pngStats } from '../charts/lib/png-optimise.ts';

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

/** After the build, says how many images were drawn or taken from the cache, and what optimising saved. */
export function pngReport(): AstroIntegration {
  return {
    name: 'ai-infra:png-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { drawn, cached, rawBytes, optimisedBytes, milliseconds } = pngStats();
        if (drawn + cached === 0) return;
        const saved = rawBytes
          ? ` PNG optimisation: ${kb(rawBytes)} → ${kb(optimisedBytes)} (−${Math.round(100 * (1 - optimisedBytes / rawBytes))} %) in ${(milliseconds / 1000).toFixed(1)} s.`
          : '';
        logger.info(`${drawn + cached} images: ${drawn} drawn, ${cached} from the cache (node_modules/.cache/ai-infra-png).${saved}`);
      },
    },
  };
}
