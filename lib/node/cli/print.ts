/** JSON on stdout: indented for one result, one line each for a stream of results. */
export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
export const printJsonLine = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
