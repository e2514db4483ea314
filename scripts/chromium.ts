// How every tool here starts Debian's Chromium (Playwright cannot download its own browser on
// this machine): one path, overridable with CHROMIUM_PATH, and the flags a closed network needs.

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for running as root in a sandboxed container with no network but loopback: without the
 * background-networking ones Chromium keeps dialling Google's hosts and gets refused.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright's `chromium.launch`. */
export const CHROMIUM_LAUNCH_OPTIONS = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };
