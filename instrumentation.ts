export async function register() {
  // Failed queries are logged by Next without our help: they must not carry their parameters (personal data).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { redactConsole } = await import('./lib/logging/redact');
    redactConsole(console);
    // A production server without its documentation master key stops here, not at the first Reveal.
    const { masterKey } = await import('./lib/documentation/master-key');
    masterKey();
    // Under a burst, answer what is over the limit with a quick 503 rather than letting every answer grow late.
    const { admissionLimit, admitAtMost } = await import('./lib/http/admission');
    const limit = admissionLimit();
    if (limit > 0) admitAtMost(limit, (await import('node:http')).Server);
  }
}
