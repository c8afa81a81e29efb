import { defineConfig, devices } from '@playwright/test'

// LOGIS_E2E_PORT (default 8181) is passed on to tests/rigs/e2e-server.sh and to fixtures.ts.
const BASE_URL = `http://127.0.0.1:${process.env.LOGIS_E2E_PORT ?? '8181'}`

// Runs against the real server (tests/rigs/e2e-server.sh: fresh SQLite database, demo seed, web/dist)
// with Debian's Chromium. Never `npx playwright install`: the browser comes from apt.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'bash ../rigs/e2e-server.sh',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Not the default SIGKILL: the script's trap stops the mail rig (Dovecot runs detached, out of the
    // process group's reach) and removes its work directory.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
