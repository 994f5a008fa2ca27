// Where the Debian Chromium lives (or CHROMIUM_PATH); undefined when it is not installed.
import fs from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

// Flags for headless Chromium here: root needs --no-sandbox; the rest stop background connections that
// this closed network refuses (and that would count as third-party requests).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
