// What the simulated servers answer over HTTP: nginx's welcome page for nginx images (as
// nginx 1.27 serves it), httpd's "It works!", and a short hello naming the pod otherwise.
import type { Pod } from '../../sim/types.js';

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export interface HttpAnswer { status: number; headers: Array<[string, string]>; body: string }

export function httpAnswer(pod: Pod | undefined, path: string, now: Date): HttpAnswer {
  const images = (pod?.spec?.containers ?? []).map((c) => c.image ?? '');
  const date = now.toUTCString();
  if (images.some((i) => /(^|\/)nginx/.test(i))) {
    if (path !== '/' && path !== '/index.html' && path !== '') {
      const body = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n';
      return { status: 404, headers: [['Server', 'nginx/1.27.5'], ['Date', date], ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Connection', 'keep-alive']], body };
    }
    return { status: 200, headers: [['Server', 'nginx/1.27.5'], ['Date', date], ['Content-Type', 'text/html'], ['Content-Length', String(NGINX_WELCOME.length)], ['Last-Modified', 'Wed, 16 Apr 2025 12:01:11 GMT'], ['Connection', 'keep-alive'], ['ETag', '"67ff9c07-267"'], ['Accept-Ranges', 'bytes']], body: NGINX_WELCOME };
  }
  if (images.some((i) => /(^|\/)httpd/.test(i))) {
    const body = '<html><body><h1>It works!</h1></body></html>\n';
    return { status: 200, headers: [['Date', date], ['Server', 'Apache/2.4.63 (Unix)'], ['Content-Length', String(body.length)], ['Content-Type', 'text/html']], body };
  }
  const body = `Hello from ${pod?.metadata.name ?? 'the backend'}\n`;
  return { status: 200, headers: [['Content-Type', 'text/plain; charset=utf-8'], ['Date', date], ['Content-Length', String(body.length)]], body };
}

export function statusText(status: number): string {
  return status === 200 ? 'OK' : status === 404 ? 'Not Found' : status === 500 ? 'Internal Server Error' : '';
}

/** scheme://host[:port][/path] as curl and wget read it (no scheme means http). */
export function parseUrl(url: string): { scheme: string; host: string; port: number; path: string } | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([^?#]*)?/.exec(url);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { scheme, host: m[2], port, path: m[4] || '/' };
}
