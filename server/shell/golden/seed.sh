# The commands of the seed tutorial (shared/seed/000_b2c5709709c58f1a.txt), in order. Lines starting
# with "#@" are directions for the harness (simulated time passing, a Ctrl-C), not shown in the
# transcript. Pod names, IPs and ports differ from the seed's, so they come from variables.
minikube version
minikube start
kubectl version
kubectl cluster-info
#@ wait 4m
kubectl get nodes
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
#@ wait 60s
kubectl get deployments
kubectl get pods
kubectl proxy &
curl http://localhost:8001/version
export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME/
kubectl describe pods
curl $(kubectl get pod $POD_NAME -o go-template='{{.status.podIP}}'):8080
kubectl logs $POD_NAME
kubectl exec $POD_NAME -- env
kubectl exec -ti $POD_NAME -- bash
cat server.js
curl localhost:8080
exit
kubectl get services
kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
#@ wait 4s
kubectl get services
export CLUSTER_IP=$(kubectl get services/kubernetes-bootcamp -o go-template='{{.spec.clusterIP}}')
export NODE_PORT=$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')
curl $CLUSTER_IP:8080
curl $(minikube ip):$NODE_PORT
kubectl describe services/kubernetes-bootcamp
kubectl describe deployment
kubectl get pods -l app=kubernetes-bootcamp
kubectl get services -l app=kubernetes-bootcamp
kubectl label pods $POD_NAME version=v1
kubectl describe pods $POD_NAME
kubectl get pods -l version=v1
kubectl delete service -l app=kubernetes-bootcamp
kubectl get services
curl $(minikube ip):$NODE_PORT
kubectl exec -ti $POD_NAME -- curl localhost:8080
kubectl get rs
kubectl scale deployments/kubernetes-bootcamp --replicas=4
#@ wait 60s
kubectl get rs
kubectl get pods -o wide
kubectl describe deployments/kubernetes-bootcamp
kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
export NODE_PORT=$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')
kubectl describe services/kubernetes-bootcamp
curl $(minikube ip):$NODE_PORT
curl $(minikube ip):$NODE_PORT
curl $(minikube ip):$NODE_PORT
curl $(minikube ip):$NODE_PORT
kubectl scale deployments/kubernetes-bootcamp --replicas=2
#@ wait 2s
kubectl get deployments
kubectl get pods -o wide
kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
#@ wait 90s
curl $(minikube ip):$NODE_PORT
kubectl rollout status deployments/kubernetes-bootcamp
kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
#@ wait 2m
kubectl get deployments
kubectl get pods
#@ interrupt 5s
kubectl rollout status deployments/kubernetes-bootcamp
kubectl rollout undo deployments/kubernetes-bootcamp
kubectl rollout status deployments/kubernetes-bootcamp
kubectl get namespace
