/**
 * What a container's filesystem and environment hold, per simulated app (server/cluster/kubelet's
 * image catalogue names the app of each image): enough of the real image for a student to look around
 * in `kubectl exec -ti POD -- bash`. The bootcamp image is `FROM node:6.3.1` + `COPY server.js .` with
 * no WORKDIR, so its shell starts in `/` and `cat server.js` works there, as in the seed.
 */

export interface ContainerImage {
  /** Image ENV, in Dockerfile order. */
  env: [string, string][];
  workdir: string;
  files: Record<string, string>;
  /** Shell binaries the image has (busybox/alpine have only sh). */
  shells: string[];
}

function bootcampServer(version: "1" | "2"): string {
  return `var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=${version}\\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\\n" );
});
`;
}

const DEBIAN_JESSIE = 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\n';
const DEBIAN_BUSTER = 'PRETTY_NAME="Debian GNU/Linux 10 (buster)"\nNAME="Debian GNU/Linux"\nVERSION_ID="10"\nVERSION="10 (buster)"\nVERSION_CODENAME=buster\nID=debian\n';

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const bootcamp = (version: "1" | "2"): ContainerImage => ({
  env: [
    ["NPM_CONFIG_LOGLEVEL", "info"],
    ["NODE_VERSION", "6.3.1"],
  ],
  workdir: "/",
  files: { "/server.js": bootcampServer(version), "/etc/os-release": DEBIAN_JESSIE, "/root/.keep": "" },
  shells: ["bash", "sh"],
});

const IMAGES: Record<string, ContainerImage> = {
  "bootcamp-v1": bootcamp("1"),
  "bootcamp-v2": bootcamp("2"),
  nginx: {
    env: [
      ["NGINX_VERSION", "1.19.7"],
      ["NJS_VERSION", "0.5.1"],
      ["PKG_RELEASE", "1~buster"],
    ],
    workdir: "/",
    files: {
      "/usr/share/nginx/html/index.html": NGINX_INDEX,
      "/etc/nginx/conf.d/default.conf": "server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n",
      "/etc/os-release": DEBIAN_BUSTER,
      "/root/.keep": "",
    },
    shells: ["bash", "sh"],
  },
};

const GENERIC: ContainerImage = {
  env: [],
  workdir: "/",
  files: { "/etc/os-release": DEBIAN_BUSTER, "/root/.keep": "" },
  shells: ["bash", "sh"],
};

const BUSYBOX: ContainerImage = { env: [], workdir: "/", files: { "/root/.keep": "" }, shells: ["sh"] };

/** The image contents for a catalogue app key (`bootcamp-v1`, `nginx`, …). */
export function containerImage(app: string | undefined): ContainerImage {
  if (!app) return GENERIC;
  if (app === "busybox" || app === "alpine") return BUSYBOX;
  return IMAGES[app] ?? GENERIC;
}
