// Guard: Astro 7 needs Node >= 22.12. The project pins Node 24 as the `node` devDependency, which npm
// scripts put first on PATH. If its install script was skipped, we would silently run on the system
// Node and half-work, so stop here with the fix instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `This project needs Node 22.12 or newer, but it is running on Node ${process.versions.node}.`,
      'Why: the pinned runtime (the exact "node" devDependency, which `npm run` and `npm test` put first on PATH) is missing,',
      'usually because its install script was skipped (npm --ignore-scripts, or the script was not approved).',
      'Fix: run `npm ci` (package.json approves the script under "allowScripts"), then use `npm run build` / `npm test`,',
      'or run scripts with `npx node <file>` rather than a bare `node`.',
    ].join('\n'),
  );
  process.exit(1);
}
