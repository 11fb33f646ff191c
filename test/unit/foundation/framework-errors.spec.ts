import type { Socket } from 'node:net';
import { answerClientError } from '../../../src/common/http/framework-errors';

/** A socket that records what is written to it. */
function fakeSocket(state: { destroyed?: boolean; writable?: boolean } = {}) {
  const written: string[] = [];
  const socket = { destroyed: state.destroyed ?? false, writable: state.writable ?? true, end: (text: string) => written.push(text) };
  return { socket: socket as unknown as Socket, written };
}

const error = (code: string) => Object.assign(new Error(code), { code });
const bodyOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

describe('answers to requests Node could not read', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'FLK-0013'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'FLK-0012'],
    ['HPE_INVALID_METHOD', 400, 'FLK-0011'],
  ])('%s → %i %s in the error shape, then the connection closes', (code, status, flk) => {
    const { socket, written } = fakeSocket();
    answerClientError(error(code), socket);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(written[0]).toContain('\r\nConnection: close\r\n');
    const body = bodyOf(written[0]);
    expect(body).toMatchObject({ code: flk, message: expect.any(String), title: expect.any(String) });
    expect(written[0]).toContain(`Content-Length: ${Buffer.byteLength(JSON.stringify(body))}\r\n`);
  });

  it('writes nothing to a connection that was reset or can no longer be written', () => {
    for (const [err, state] of [
      [error('ECONNRESET'), {}],
      [error('HPE_INVALID_METHOD'), { destroyed: true }],
      [error('HPE_INVALID_METHOD'), { writable: false }],
    ] as const) {
      const { socket, written } = fakeSocket(state);
      answerClientError(err, socket);
      expect(written).toHaveLength(0);
    }
  });
});
