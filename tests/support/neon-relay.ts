/**
 * A WebSocket-to-TCP relay so the Neon serverless driver (which speaks Postgres over WebSockets)
 * can reach a plain Postgres server in tests.
 */
import net from 'node:net';
import { once } from 'node:events';
import { WebSocketServer } from 'ws';
import { afterAll } from 'vitest';

const relay = new WebSocketServer({ port: 0, host: '127.0.0.1' });
relay.on('connection', (ws, request) => {
  const address = new URL(request.url ?? '/', 'http://relay').searchParams.get('address') ?? '';
  const [host, port] = address.split(':');
  const socket = net.connect(Number(port), host);
  socket.on('data', (data) => ws.send(data));
  ws.on('message', (data) => socket.write(data as Buffer));
  socket.on('close', () => ws.close());
  socket.on('error', () => ws.close());
  ws.on('close', () => socket.destroy());
});
await once(relay, 'listening');
const { port } = relay.address() as net.AddressInfo;

process.env.DATABASE_DRIVER = 'neon';
process.env.NEON_WS_PROXY = `127.0.0.1:${port}/v1`;

afterAll(() => new Promise<void>((resolve) => relay.close(() => resolve())));
