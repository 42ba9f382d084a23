import { describe, expect, it } from 'vitest';
import { defineConfig } from 'astro/config';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroSourceOptions, onlyDefineConfig } from '../../../src/a11y/astro-config.ts';

describe('the Astro config, as `npm run check` reads it', () => {
  it('gives defineConfig alone only to a config that takes nothing else from astro/config', () => {
    const template =
      "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n";
    expect(onlyDefineConfig(template)).toBe(true);
    expect(onlyDefineConfig('import {defineConfig} from "astro/config"\n')).toBe(true);
    expect(
      onlyDefineConfig(
        "import { defineConfig } from 'astro/config';\r\nexport default defineConfig({});\r\n",
      ),
    ).toBe(true);
    // Anything else loads Astro's own module.
    for (const source of [
      "import { defineConfig, envField } from 'astro/config';\n",
      "import { defineConfig as define } from 'astro/config';\n",
      "import * as astro from 'astro/config';\n",
      "import { defineConfig } from 'astro/config';\nexport { sharpImageService } from 'astro/config';\n",
      "import { defineConfig } from 'astro/config';\n// see astro/config for more\n",
      "const { defineConfig } = await import('astro/config');\n",
      'export default { base: "/x" };\n',
    ])
      expect(onlyDefineConfig(source), source).toBe(false);
  });

  it("relies on Astro's defineConfig returning the config it is given, unchanged", () => {
    // The check's stand-in is this identity; an Astro that changed it would fail here first.
    const config = { base: '/my-blog', site: 'https://example.org' };
    expect(defineConfig(config)).toBe(config);
    expect(defineConfig.toString()).toMatch(
      /^function defineConfig\((\w+)\) \{\s*return \1;\s*\}$/,
    );
  });

  it("reads the base, Vite's aliases and the site's folders, from the config's root", async () => {
    const project = mkdtempSync(join(tmpdir(), 'astro-config-'));
    mkdirSync(join(project, 'site'));
    writeFileSync(
      join(project, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\n" +
        "export default defineConfig({ base: '/laps', root: './site', publicDir: './static', vite: { resolve: { alias: [\n" +
        "  { find: '@widgets/', replacement: '/src/widgets/' },\n" +
        "  { find: /^~(.*)$/, replacement: './$1' },\n" +
        "  { find: '@bad', replacement: 42 },\n" +
        '] } } });\n',
    );
    expect(await astroSourceOptions(project)).toEqual({
      base: '/laps',
      aliases: [
        // Vite drops the slash both end with; a replacement that is no text is no alias.
        { find: '@widgets', replacement: '/src/widgets', root: join(project, 'site') },
        { find: /^~(.*)$/, replacement: './$1', root: join(project, 'site') },
      ],
      folders: {
        contentDir: join(project, 'site/content'),
        srcDir: join(project, 'site/src'),
        publicDir: join(project, 'site/static'),
      },
    });
    // No config, no aliases; the folders Astro reads by default.
    const bare = mkdtempSync(join(tmpdir(), 'no-config-'));
    expect(await astroSourceOptions(bare)).toEqual({
      aliases: [],
      folders: {
        contentDir: join(bare, 'content'),
        srcDir: join(bare, 'src'),
        publicDir: join(bare, 'public'),
      },
    });
  });
});
