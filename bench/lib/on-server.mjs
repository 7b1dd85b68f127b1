import { deploy } from './servers.mjs';
import { killWorkers } from './workers.mjs';

/**
 * Deploys server `name`, runs `work(deployment)` within `timeoutMs`, and always stops the server and
 * its load workers. A failure or timeout becomes `{ error }` in the results instead of ending the run.
 */
export async function onServer(name, work, timeoutMs) {
  let deployment;
  let timer;
  try {
    deployment = await deploy(name);
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    return await Promise.race([work(deployment), timeout]);
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error)
      .split('\n')
      .slice(0, 3)
      .join(' ');
    console.log(`    ${name}: failed: ${message}`);
    killWorkers();
    return { error: message };
  } finally {
    clearTimeout(timer);
    await deployment?.stop();
  }
}
