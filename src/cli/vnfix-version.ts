import { readFileSync } from 'node:fs';

/**
 * The version in package.json (read from the installed package, so `--version` and manifests agree).
 * @returns e.g. `0.1.0`
 */
export function vnfixVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
