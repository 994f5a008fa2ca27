/**
 * Setup file of the e2e project: holds each test file back until the site build started by
 * global-setup.ts has ended, so files that list built pages at collection time see the finished site.
 * A failed build fails every file of the project with the build's own output.
 */
import fs from 'node:fs';
import { inject } from 'vitest';

const marker = inject('siteBuiltMarker');
while (!fs.existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 250));
const { ok, log } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { ok: boolean; log: string };
if (!ok) throw new Error(`The site did not build, so the end-to-end tests cannot run. The build printed:\n${log}`);
