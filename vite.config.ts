/**
 * One Vite config for the Chrome build (dist/), the Firefox build (dist-firefox/, `--mode firefox`) and
 * the unit tests (Vitest). The Firefox manifest is derived from manifest.json here: background scripts
 * instead of a service worker, a gecko id, and a sidebar instead of Chrome's side panel.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import baseManifest from './manifest.json' with { type: 'json' };

type Manifest = typeof baseManifest & Record<string, unknown>;

export function firefoxManifest(m: Manifest): Record<string, unknown> {
  const { side_panel, background, minimum_chrome_version, ...rest } = m;
  return {
    ...rest,
    permissions: m.permissions.filter((p) => p !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: side_panel.default_path,
      default_title: '__MSG_extName__',
      default_icon: m.icons,
    },
    browser_specific_settings: {
      gecko: {
        id: 'replywise@replywise.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = (firefox ? firefoxManifest(baseManifest as Manifest) : baseManifest) as ManifestV3Export;
  return {
    plugins: [
      preact(),
      ...(mode === 'test' ? [] : [crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }) as never]),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome116',
      sourcemap: false,
      // No <link rel="modulepreload"> injected into the host page when the content script loads a lazy
      // chunk: the page's own markup stays untouched (extension pages load from disk; preload buys nothing).
      modulePreload: false,
      rollupOptions: {
        input: { popup: 'src/ui/popup.html', sidepanel: 'src/ui/sidepanel.html' },
      },
    },
    server: { port: 5199, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      environment: 'node',
      setupFiles: ['src/shared/test-setup.ts'],
      testTimeout: 60_000,
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/unit.json' },
    },
  };
});
