/**
 * Dev-server integration: editing a dataset CSV, a datapackage.json, the lock, content/sources.json or the
 * report configuration content/site.yaml reloads the open page. No module imports those files (the loader reads them with fs), so Vite's own
 * watcher would never react; this tells it to. Every module is invalidated too, so article checks that
 * ran when an MDX file was compiled (unknown value keys, for example) run again against the new data.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * True for files whose edits change what pages show: anything under content/data/, the source registry,
 * the report settings (site.yaml), and the declarative files beside articles (exhibits/<id>.yaml and
 * metrics.yaml, read with fs by the registries).
 */
export function isDataFile(file: string, root: string): boolean {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.split('/').some((part) => part.startsWith('.') || part.includes('.tmp-'))) return false;
  return (
    rel === 'content/sources.json' ||
    rel === 'content/site.yaml' ||
    (rel.startsWith('content/data/') && /\.(csv|json)$/.test(rel)) ||
    /^content\/articles\/[^/]+\/(?:exhibits\/[^/]+|metrics)\.yaml$/.test(rel)
  );
}

/** Edits arrive as bursts (the data CLI writes a temp file and renames it); one reload per burst. */
const SETTLE_MS = 60;

export function dataReload(): AstroIntegration {
  return {
    name: 'data-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        server.watcher.add([path.join(root, 'content/data'), path.join(root, 'content/sources.json'), path.join(root, 'content/site.yaml'), path.join(root, 'content/articles')]);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = new Set<string>();
        const onEvent = (file: string) => {
          if (!isDataFile(file, root)) return;
          changed.add(path.relative(root, file).split(path.sep).join('/'));
          clearTimeout(timer);
          timer = setTimeout(() => {
            for (const env of Object.values(server.environments)) env.moduleGraph.invalidateAll();
            logger.info(`${[...changed].sort().join(', ')} changed; reloading the page.`);
            changed.clear();
            server.ws.send({ type: 'full-reload', path: '*' });
          }, SETTLE_MS);
        };
        server.watcher.on('change', onEvent);
        server.watcher.on('add', onEvent);
        server.watcher.on('unlink', onEvent);
      },
    },
  };
}
