/**
 * Why the server could not start listening, in one sentence that names the variable to change; null when the error
 * is not one of these expected refusals (it is then reported with its stack).
 */
export function listenProblem(err: unknown, host: string, port: number): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  const where = `HOST=${host} PORT=${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return `cannot listen on ${where}: the port is already in use; stop the other process or set another PORT.`;
    case 'EACCES':
      return `cannot listen on ${where}: permission denied (ports below 1024 need privileges); set another PORT.`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where}: HOST is not an address of this machine; set HOST to one of its addresses, or 0.0.0.0.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${where}: HOST does not resolve to an address; set HOST to an address or a resolvable name.`;
    default:
      return null;
  }
}
