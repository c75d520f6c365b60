/** `npm run screenshots`: the browser setup of playwright.config.ts, pointed at tests/screenshots/. */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'tests/screenshots', reporter: [['list']] });
