// @ts-check
/**
 * Commands whose code is TypeScript (`npm run check`, `npm run new`, `npm run bench`) run it as
 * Node does from 22.18 on. Run outside npm on an older Node (`node scripts/new.mjs` with a
 * system Node 20), a static import of a `.ts` file stops with Node's ERR_UNKNOWN_FILE_EXTENSION
 * stack before any of the command's code runs. So each entry checks first, with this plain
 * JavaScript, and imports its TypeScript only after: it says what is wrong and how to run it.
 *
 * @param {string} what what the command is, as the message's subject: `The check`
 * @param {string} command how to run it: `npm run check`
 */
export function exitUnlessTypeScript(what, command) {
  if (process.features.typescript) return;
  console.error(
    `${what} is TypeScript, and this Node (${process.version}) cannot run it as it is.\n` +
      `Run it as ${command} (after npm ci, npm puts the project's own Node first), or with Node 22.18 or later.`,
  );
  process.exit(2);
}
