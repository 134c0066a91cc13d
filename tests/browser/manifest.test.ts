import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built manifests ask for no more than Crosscheck uses: no host access at install (pages are
 * read only through activeTab when the reader asks), feed origins only as optional permissions.
 */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms', 'offscreen', 'unlimitedStorage'];
const ALLOWED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
/** activeTab grants access rather than an API; every other permission must have its API called. */
const API_OF: Record<string, string> = { scripting: 'scripting', contextMenus: 'contextMenus', storage: 'storage', alarms: 'alarms', offscreen: 'offscreen' };
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

async function builtCode(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  return (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
}

describe.each(BUILDS)('the manifest of %s', (dir) => {
  it('requests only allowed permissions, with no host access at install', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const permissions: string[] = manifest.permissions ?? [];
    const apiPermissions = permissions.filter((p) => !p.includes('/') && p !== '<all_urls>');
    expect(permissions).toEqual(apiPermissions); // no host patterns among the permissions
    for (const permission of apiPermissions) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const optionalHosts: string[] = manifest.optional_host_permissions ?? manifest.optional_permissions ?? [];
    for (const host of optionalHosts) expect(ALLOWED_OPTIONAL_HOSTS).toContain(host);
    expect(manifest.content_scripts ?? []).toEqual([]); // injected on demand only
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('uses every API permission it requests', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const code = await builtCode(dir);
    for (const permission of (manifest.permissions ?? []) as string[]) {
      const api = API_OF[permission];
      if (api) expect(code, `${permission} is requested but ${api}.* is never called`).toMatch(new RegExp(`\\.${api}\\.`));
    }
  });
});
