# The shell around kubectl: variables, quoting, pipes, lists, here-documents, files, jobs, errors.
echo "$HOME" '$HOME' $((6 * 7))
export GREETING="hello world"; echo ${GREETING^^} | tr ' ' '\n' | sort -r
false || echo "status was $?"
foo
cat <<EOF > deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.19
EOF
ls; wc -l deployment.yaml
kubectl get pods
minikube start
kubectl apply -f deployment.yaml
cat deployment.yaml | sed 's/replicas: 2/replicas: 3/' | kubectl apply -f -
#@ wait 30s
kubectl get deployments web -o json | jq -r '.status.readyReplicas'
kubectl get pods -o name | wc -l
kubectl get pods --no-headers | awk '{print $3}' | sort | uniq -c
sleep 5 &
jobs
kill %1
curl 10.0.0.1:8080
curl -s -o page.html http://localhost:8001/ ; echo "exit=$?"
minikube status
minikube ip
minikube addons list | head -8
minikube stop
kubectl get pods
minikube status; echo "exit=$?"
minikube start
kubectl get deployments
minikube delete
minikube status
