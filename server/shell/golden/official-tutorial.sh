# The commands of the official "Learn Kubernetes Basics" tutorial (kubernetes.io/docs/tutorials/
# kubernetes-basics, modules 2-6) as a student types them on the minikube host.
minikube start
kubectl get nodes
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
#@ wait 30s
kubectl get deployments
kubectl proxy &
curl http://localhost:8001/version
export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
echo Name of the Pod: $POD_NAME
curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/
kubectl logs "$POD_NAME"
kubectl exec "$POD_NAME" -- env
kubectl exec -ti $POD_NAME -- bash
cat server.js | head -3
curl http://localhost:8080
exit
kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
echo "NODE_PORT=$NODE_PORT"
curl http://"$(minikube ip):$NODE_PORT"
minikube service kubernetes-bootcamp --url
kubectl get pods -l app=kubernetes-bootcamp
kubectl label pods "$POD_NAME" version=v1
kubectl get pods -l version=v1
kubectl delete service -l app=kubernetes-bootcamp
curl http://"$(minikube ip):$NODE_PORT"
kubectl exec -ti $POD_NAME -- curl http://localhost:8080
kubectl scale deployments/kubernetes-bootcamp --replicas=4
#@ wait 30s
kubectl get pods -o wide
kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
curl http://"$(minikube ip):$NODE_PORT"
kubectl scale deployments/kubernetes-bootcamp --replicas=2
#@ wait 40s
kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
kubectl rollout status deployments/kubernetes-bootcamp
curl http://"$(minikube ip):$NODE_PORT"
kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
#@ wait 20s
kubectl get pods --field-selector status.phase=Pending
kubectl rollout undo deployments/kubernetes-bootcamp
#@ wait 60s
kubectl get pods
kubectl delete deployments/kubernetes-bootcamp services/kubernetes-bootcamp
kill %1
