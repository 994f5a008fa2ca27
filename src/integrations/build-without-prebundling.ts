/**
 * `astro build` starts a temporary Vite dev server to generate types (astro sync), and that server
 * pre-bundles the dev toolbar's dependencies (Astro's toolbar plugin lists them whether or not the toolbar
 * is enabled). A build never serves those bundles, yet paid for them on every run: the build folder's name
 * carries a process id, which changes Vite's config hash and so forces the work again each time. About
 * 0.75 s and 2 CPU-seconds of a build of this report. `astro dev` keeps its pre-bundling.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Vite disables its optimizer for an environment that discovers nothing and is given nothing to include. */
function noPrebundling(): Plugin {
  return {
    name: 'research:build-without-prebundling',
    configResolved(config) {
      for (const env of Object.values(config.environments)) {
        env.optimizeDeps.noDiscovery = true;
        env.optimizeDeps.include = [];
      }
    },
  };
}

export function buildWithoutPrebundling(): AstroIntegration {
  return {
    name: 'research:build-without-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [noPrebundling()] } });
      },
    },
  };
}
