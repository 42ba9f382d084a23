import { describe, expect, it } from 'vitest';
import { defineConfig } from 'astro/config';
import { onlyDefineConfig } from '../../../src/a11y/astro-config.ts';

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
});
