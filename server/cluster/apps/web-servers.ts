/**
 * The official nginx and httpd images: their default pages, headers and logs. nginx (docker-library
 * image ≥ 1.19) prints its entrypoint's configuration lines at start and an access-log line per
 * request; httpd prints its AH00558/AH00489/AH00094 start-up notices. Both exit promptly on their
 * stop signal.
 */
import { formatTime } from "../runtime/time-format";
import { text, type AppFactory, type AppRequest } from "./simulated-app";

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
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

const ENTRYPOINT_LOG = `/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
`;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** nginx's $time_local: 27/Nov/2026:08:54:26 +0000. */
function timeLocal(ms: number): string {
  const [date, time] = formatTime(ms).slice(0, -1).split("T");
  const [y, m, d] = date.split("-");
  return `${d}/${MONTHS[Number(m) - 1]}/${y}:${time} +0000`;
}

function nginxVersion(tag: string): string {
  const m = /^(\d+\.\d+(\.\d+)?)/.exec(tag);
  return m ? (m[2] ? m[1] : `${m[1]}.0`) : "1.21.0";
}

export const nginx: AppFactory = (env, image) => {
  const version = nginxVersion(image.tag);
  // The entrypoint scripts arrived with the 1.19 images.
  if (!/^1\.(1[0-8]|[0-9])(\.|$)/.test(image.tag)) env.write(ENTRYPOINT_LOG);
  const respond = (req: AppRequest) => {
    const ok = req.path === "/" || req.path.startsWith("/?") || req.path === "/index.html";
    const body = ok ? NGINX_WELCOME : `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
    const res = text(ok ? 200 : 404, body, "text/html");
    res.headers = { Server: `nginx/${version}`, ...res.headers };
    return res;
  };
  return {
    ports: [80],
    sigterm: "exit",
    stopMs: 100,
    handle(req) {
      const res = respond(req);
      const ua = req.headers["user-agent"] ?? req.headers["User-Agent"] ?? "-";
      env.write(`${req.clientIP} - - [${timeLocal(env.now())}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${Buffer.byteLength(res.body)} "-" "${ua}" "-"\n`);
      return res;
    },
  };
};

/** httpd's error-log timestamp: [Fri Nov 27 08:54:26.123456 2026]. */
function apacheTime(ms: number): string {
  const days = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
  const [date, time] = formatTime(ms).slice(0, -1).split("T");
  const [y, m, d] = date.split("-");
  const micros = String((ms % 1000) * 1000).padStart(6, "0");
  return `[${days[Math.floor(ms / 86_400_000) % 7]} ${MONTHS[Number(m) - 1]} ${d} ${time}.${micros} ${y}]`;
}

export const httpd: AppFactory = (env) => {
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${env.podIP}. Set the 'ServerName' directive globally to suppress this message\n`;
  const t = apacheTime(env.startedAt);
  env.write(fqdn + fqdn);
  env.write(`${t} [mpm_event:notice] [pid 1:tid 139637345936512] AH00489: Apache/2.4.46 (Unix) configured -- resuming normal operations\n`);
  env.write(`${t} [core:notice] [pid 1:tid 139637345936512] AH00094: Command line: 'httpd -D FOREGROUND'\n`);
  return {
    ports: [80],
    sigterm: "exit",
    stopMs: 200,
    handle(req) {
      env.write(`${req.clientIP} - - [${timeLocal(env.now())}] "${req.method} ${req.path} HTTP/1.1" 200 45\n`);
      return text(200, "<html><body><h1>It works!</h1></body></html>\n", "text/html");
    },
  };
};
