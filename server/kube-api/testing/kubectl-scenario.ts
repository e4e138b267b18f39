/**
 * The hello-minikube tutorial as kubectl commands, in the order the fixtures were recorded
 * (k8s-fixtures/requests_by_command.txt): what kubectl-compat tests run against a served sandbox.
 */
export const NGINX_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

/** Every line `kubectl rollout status` may print for a deployment (rollout_status.go). */
export function isRolloutStatusLine(line: string, name: string): boolean {
  const w = `Waiting for deployment "${name}" rollout to finish: `;
  return (
    line === `deployment "${name}" successfully rolled out` ||
    line === "Waiting for deployment spec update to be observed..." ||
    new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+ out of \\d+ new replicas have been updated|\\d+ old replicas are pending termination|\\d+ of \\d+ updated replicas are available)\\.\\.\\.$`).test(line)
  );
}
