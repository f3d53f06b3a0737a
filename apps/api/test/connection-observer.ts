import { createServer, connect, type Server } from 'node:net';

export interface ConnectionObserver {
  /** `http://127.0.0.1:PORT`: connect here instead of the target. */
  url: string;
  /** Connections currently open through the observer. */
  open(): number;
  close(): Promise<void>;
}

/** A TCP pass-through to `targetPort` that counts open connections, so a test can see an upstream call was aborted. */
export async function startConnectionObserver(targetPort: number): Promise<ConnectionObserver> {
  let open = 0;
  const server: Server = createServer((client) => {
    open++;
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    let counted = true;
    const done = () => {
      if (counted) open--;
      counted = false;
      client.destroy();
      upstream.destroy();
    };
    client.on('close', done).on('error', done);
    upstream.on('close', done).on('error', done);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    open: () => open,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
