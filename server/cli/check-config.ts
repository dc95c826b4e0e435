import { ConfigError, loadConfig } from '../config.ts';

/**
 * `npm start` runs this before it builds the client: a bad setting (DEMO_DATA=maybe) is told at once, with
 * the allowed values, instead of after a minute of building. The server checks again when it starts.
 */
try {
  loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`NEO planner did not start (nothing was built). ${err.message}`);
  process.exit(2);
}
