/*
 * For `tsc` only (tsconfig.tsc.json): starlight-links-validator ships TypeScript sources that
 * assume the unified Markdown processor's type augmentations, absent with Astro's Sätteri
 * processor, so tsc would check them and fail. `astro check` and the build use the real module.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';

export default function starlightLinksValidator(options?: Record<string, unknown>): StarlightPlugin;
